using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Strategies;
using Trading.Tests.Smc;

namespace Trading.Tests.Strategies;

public class MeanReversionStrategyTests
{
    private static readonly Symbol Btc = new("BTCUSDT");

    private static readonly MeanReversionStrategyOptions Options = new()
    {
        BollingerPeriod = 20, RsiPeriod = 5, EfficiencyPeriod = 48, AtrPeriod = 5,
    };

    [Fact]
    public void PlungeBelowTheLowerBandInARange_BuysOnce_TargetingTheMiddleThenUpperBand()
    {
        var candles = Candles();
        var strategy = new MeanReversionStrategy(Btc, Options, new SymbolSettings(0, 0.03m));

        var signals = StrategyRun.Feed(strategy, candles);

        var decision = candles[..61];
        var closes = decision.Select(c => (double)c.Close).ToArray();
        var (mean, deviation) = NaiveIndicators.MeanAndDeviation(closes, 20);
        var rsi = NaiveIndicators.Rsi(closes, 5);
        var efficiency = NaiveIndicators.EfficiencyRatio(closes, 48);
        var atr = NaiveIndicators.Atr(decision, 5);
        var close = closes[^1];
        // The setup really is one: below the band, oversold, ranging.
        Assert.True(close < mean - 2 * deviation && rsi < 30 && efficiency < 0.3, $"close {close} band {mean - 2 * deviation} rsi {rsi} er {efficiency}");

        var signal = Assert.Single(signals);
        Assert.Equal((Side.Buy, TestCandles.Start.AddHours(61), decision[^1].Close), (signal.Side, signal.Time, signal.Entry));
        Assert.Equal((double)decision[^1].Low - atr, (double)signal.Stop, 1e-5);
        Assert.Equal(mean, (double)signal.Targets[0], 1e-5);
        Assert.Equal(mean + 2 * deviation, (double)signal.Targets[1], 1e-5);
        var expected = 0.45 + 0.25 * Math.Clamp((30 - rsi) / 15, 0, 1) + 0.15 * Math.Clamp((mean - 2 * deviation - close) / atr, 0, 1)
            + 0.15 * Math.Clamp(1 - efficiency / 0.3, 0, 1);
        Assert.Equal(expected, signal.Confidence, 9);
    }

    [Fact]
    public void SamePlungeInATrend_IsNotTraded()
    {
        // A steady climb has an efficiency ratio near 1: no range, no fade, however oversold the plunge.
        var rows = Enumerable.Range(0, 60).Select(i => (100.0 + i, 100.8 + i, 99.7 + i, 100.5 + i)).ToList();
        rows.Add((160.5, 160.8, 150.2, 150.5));
        var strategy = new MeanReversionStrategy(Btc, Options, new SymbolSettings(0, 0.03m));

        var signals = StrategyRun.Feed(strategy, TestCandles.Hourly([.. rows]));

        Assert.Empty(signals);
    }

    /// <summary>
    /// 60 hourly bars oscillating as 100 + 2 sin(2 pi i / 10) (opens at the previous close, wicks 0.3), then a bar
    /// falling 8 points, then another 1 point lower still below the band, which must not signal again.
    /// </summary>
    private static Candle[] Candles()
    {
        var rows = new List<(double, double, double, double)>();
        var previous = 100.0;
        for (var i = 0; i < 62; i++)
        {
            var close = i < 60 ? Math.Round(100 + 2 * Math.Sin(2 * Math.PI * i / 10), 2) : previous - (i == 60 ? 8 : 1);
            rows.Add((previous, Math.Max(previous, close) + 0.3, Math.Min(previous, close) - 0.3, close));
            previous = close;
        }
        return TestCandles.Hourly([.. rows]);
    }
}
