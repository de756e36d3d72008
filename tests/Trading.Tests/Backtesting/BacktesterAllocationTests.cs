using SmartMarket.Trading.Backtesting;

namespace Trading.Tests.Backtesting;

public sealed class BacktesterAllocationTests
{
    [Fact]
    public void Backtest_OnBarsWithoutTrades_AllocatesOnlyTheStoredEquityPointPerCandle()
    {
        var all = BacktestData.Synthetic;
        var half = new SymbolSeries(all.Symbol, all.Timeframe, all.Candles[..(all.Candles.Length / 2)]);
        var options = new BacktestOptions { Strategy = "mean-reversion" };
        Backtester.Run([half], options); // JIT and static set-up out of the way

        var shortRun = Allocated(() => Backtester.Run([half], options), out var shortResult);
        var longRun = Allocated(() => Backtester.Run([all], options), out var longResult);

        Assert.Equal((0, 0), (shortResult.Trades.Count, longResult.Trades.Count));
        Assert.Equal(0, longResult.Symbols[0].Signals);
        // Each extra candle stores one EquityPoint (24 bytes) and one buy-and-hold value (8 bytes) and nothing else.
        var perCandle = (double)(longRun - shortRun) / (all.Candles.Length - half.Candles.Length);
        Assert.InRange(perCandle, 0, 33);
    }

    private static long Allocated(Func<BacktestResult> run, out BacktestResult result)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        result = run();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
