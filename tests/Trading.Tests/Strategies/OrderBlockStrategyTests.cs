using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Strategies;
using Trading.Tests.Smc;

namespace Trading.Tests.Strategies;

public class OrderBlockStrategyTests
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly OrderBlockStrategyOptions Options = new() { SwingLength = 1, AtrPeriod = 3 };

    [Fact]
    public void RetestOfFreshBearishBlockInBearishTrend_SellsAtTheCloseWithStopBeyondTheBlock()
    {
        // The structure scenario: after the CHoCH (bar 11) and BOS (bar 14) down, bar 15 trades up into the fresh
        // bearish block [104, 110] (bar 12's candle) and closes at 105.5, below its middle 107.
        var candles = StructureScenario.Candles[..17];
        var strategy = new OrderBlockStrategy(Btc, Options, new SymbolSettings(0.6, 0.03m));

        var signals = StrategyRun.Feed(strategy, candles);

        var signal = Assert.Single(signals);
        var atr = NaiveIndicators.Atr(candles[..16], 3);
        var stop = 110 + 0.1 * atr;
        var risk = stop - 105.5;
        Assert.Equal((Side.Sell, StructureScenario.CloseOf(15), 105.5m), (signal.Side, signal.Time, signal.Entry));
        Assert.Equal(stop, (double)signal.Stop, 1e-5);
        // The last swing low, 101, is only 4.5 away: less than one risk, so only the 2R target remains.
        Assert.Equal(105.5 - 2 * risk, (double)Assert.Single(signal.Targets), 1e-5);
        // Confluence at the block's middle 107: trend (0.25) + bearish block (0.25); 107 sits in the discount half of
        // the range [101, 118], and no bearish gap or daily level is there: 0.35 + 0.65 x 0.5.
        Assert.Equal(0.675, signal.Confidence, 12);
        Assert.Contains("bearish order block 104-110", signal.Reason);
        Assert.Equal(("smc-order-block", Btc), (signal.Strategy, signal.Symbol));
    }

    [Fact]
    public void RetestOfBullishBlockAgainstABearishTrend_IsNotTraded()
    {
        // Bar 14 trades into the fresh bullish block [100, 103] but the trend has been bearish since bar 11.
        var strategy = new OrderBlockStrategy(Btc, Options, new SymbolSettings(0, 0.03m));

        var signals = StrategyRun.Feed(strategy, StructureScenario.Candles[..15]);

        Assert.Empty(signals);
        Assert.Equal(0, strategy.SuppressedSignals);
    }

    [Fact]
    public void SetupBelowTheSymbolsMinimumConfidence_IsSuppressed()
    {
        var strategy = new OrderBlockStrategy(Btc, Options);

        var signals = StrategyRun.Feed(strategy, StructureScenario.Candles[..17]);

        Assert.Empty(signals);
        Assert.Equal(1, strategy.SuppressedSignals);
    }
}
