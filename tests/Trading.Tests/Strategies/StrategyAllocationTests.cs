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
        var events = StrategyRun.Events(StrategyFactory.Create(name, symbol).Timeframes, candles);

        // A quiet candle that allocated in one pass and not in the next was the runtime's doing (tiered JIT), not the
        // strategy's: each pass runs a fresh strategy, and only allocations on quiet candles in every pass fail.
        string? failure = null;
        var quiet = 0;
        for (var pass = 0; pass < Allocations.Passes; pass++)
        {
            var strategy = StrategyFactory.Create(name, symbol);
            failure = null;
            quiet = 0;
            foreach (var (timeframe, candle) in events)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var signal = strategy.OnCandle(timeframe, candle);
                var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                if (signal is not null)
                    continue;
                quiet++;
                if (allocated != 0)
                    failure ??= $"pass {pass}: {allocated} bytes on the quiet {timeframe.ToShortName()} candle at {candle.OpenTime:O}";
            }
            if (failure is null)
                break;
        }

        Assert.True(failure is null, failure);
        Assert.True(quiet > 7000);
    }
}
