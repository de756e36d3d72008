using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Strategies;

namespace Trading.Tests.Strategies;

public class StrategyAllocationTests
{
    [Theory]
    [InlineData("smc-order-block")]
    [InlineData("daily-ohlc-zone")]
    [InlineData("mtf-trend")]
    [InlineData("mean-reversion")]
    public void Candles_WithoutASignal_AllocateNothing(string name)
    {
        var candles = StrategyRun.Real("BTCUSDT-1h.csv", 8000);
        var symbol = new Symbol("BTCUSDT");
        StrategyRun.Feed(StrategyFactory.Create(name, symbol), candles);
        var strategy = StrategyFactory.Create(name, symbol);
        var events = StrategyRun.Events(strategy.Timeframes, candles);
        var quiet = 0;

        foreach (var (timeframe, candle) in events)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var signal = strategy.OnCandle(timeframe, candle);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (signal is null)
            {
                Assert.Equal(0, allocated);
                quiet++;
            }
        }

        Assert.True(quiet > 7000);
    }
}
