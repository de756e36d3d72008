using SmartMarket.Trading.Execution;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;
using static Trading.Tests.Execution.SimHarness;

namespace Trading.Tests.Execution;

public class AllocationTests
{
    [Fact]
    public void ProcessCandle_WithNoOrders_AllocatesNothing()
    {
        var sim = new ExecutionSimulator(new ExecutionSimulatorOptions { VolatilitySource = SlippageVolatility.Atr }, new SimulatedClock(Start));

        Allocations.AssertClean(AllocatedWhileFeeding(sim, Btc, first: 0, count: 20_000));
    }

    [Fact]
    public void ProcessCandle_WithWorkingOrdersThatDoNotFill_AllocatesNothing()
    {
        var clock = new SimulatedClock(Start);
        var sim = new ExecutionSimulator(new ExecutionSimulatorOptions(), clock);
        sim.ProcessCandle(Btc, Bar(0, 100m, 100m, 100m, 100m));
        clock.AdvanceTo(Hour(1));
        sim.Submit(OrderRequest.Market(Btc, Side.Buy, 1m).WithBracket(50m, 200m));
        sim.Submit(OrderRequest.Limit(Btc, Side.Buy, 1m, 10m));
        sim.Submit(OrderRequest.TrailingStop(Btc, Side.Sell, 1m, TrailingOffset.ByPercent(40m)));
        sim.ProcessCandle(Btc, Bar(1, 100m, 101m, 99m, 100m));
        Assert.Equal(4, sim.GetOpenOrders().Count); // two legs, the limit and the trailing stop

        Allocations.AssertClean(AllocatedWhileFeeding(sim, Btc, first: 2, count: 20_000));
    }

    // Bars oscillate between 99 and 101, far from every order's level; each pass feeds the next run of bars.
    private static long[] AllocatedWhileFeeding(ExecutionSimulator sim, Symbol symbol, int first, int count)
    {
        var bars = new Candle[count * Allocations.Passes];
        for (var i = 0; i < bars.Length; i++)
            bars[i] = Bar(first + i, 100m, 101m, 99m, i % 2 == 0 ? 100.5m : 99.5m);
        sim.ProcessCandle(symbol, bars[0]); // first call pays for any lazy initialisation
        return Allocations.UntilClean(pass =>
        {
            for (var i = Math.Max(1, pass * count); i < (pass + 1) * count; i++)
                sim.ProcessCandle(symbol, bars[i]);
        });
    }
}
