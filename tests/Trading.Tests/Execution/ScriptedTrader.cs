using SmartMarket.Trading.Execution;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;

namespace Trading.Tests.Execution;

/// <summary>
/// A fixed, deterministic order flow over a candle series that exercises every order type: it decides only from
/// bars already closed, as a strategy would. Used to compare runs of the simulator.
/// </summary>
internal static class ScriptedTrader
{
    public static readonly Symbol Btc = SimHarness.Btc;

    /// <summary>Orders to place after bar <paramref name="index"/> closes, sized from that bar alone.</summary>
    public static IEnumerable<OrderRequest> After(int index, in Candle bar)
    {
        var close = bar.Close;
        var step = Math.Round(close * 0.01m, 2);
        var list = new List<OrderRequest>();
        switch (index % 40)
        {
            case 3:
                list.Add(OrderRequest.Market(Btc, Side.Buy, 0.5m).WithBracket(close - 2 * step, close + 3 * step));
                break;
            case 11:
                list.Add(OrderRequest.Limit(Btc, Side.Sell, 0.3m, close - step / 2).WithBracket(close + 2 * step, close - 2 * step));
                break;
            case 19:
                list.Add(OrderRequest.Stop(Btc, Side.Buy, 0.2m, close + step));
                list.Add(OrderRequest.TrailingStop(Btc, Side.Sell, 0.2m, TrailingOffset.ByPercent(1.5m)));
                break;
            case 27:
                list.Add(OrderRequest.StopLimit(Btc, Side.Sell, 0.4m, close - step, close - 2 * step) with { TimeInForce = TimeInForce.Ioc });
                list.Add(OrderRequest.Limit(Btc, Side.Buy, 200m, close - step)); // larger than the volume cap allows
                break;
            case 35:
                list.Add(OrderRequest.Market(Btc, Side.Sell, 0.1m) with { ReduceOnly = true, TimeInForce = TimeInForce.Fok });
                break;
        }
        return list;
    }

    /// <summary>Runs <paramref name="bars"/> bar by bar with the script; returns every fill.</summary>
    public static List<Fill> Run(Candle[] bars, ExecutionSimulatorOptions options, int snapshotAt = -1, Func<ExecutionSimulatorState, ExecutionSimulatorState>? roundTrip = null)
    {
        var clock = new SimulatedClock(bars[0].OpenTime);
        var fills = new List<Fill>();
        var sim = new ExecutionSimulator(options, clock);
        sim.Filled += f => fills.Add(f.Fill);
        for (var i = 0; i < bars.Length; i++)
        {
            if (i == snapshotAt)
            {
                var state = roundTrip!(sim.Snapshot());
                sim = ExecutionSimulator.Restore(state, options, clock);
                sim.Filled += f => fills.Add(f.Fill);
            }
            sim.ProcessCandle(Btc, bars[i]);
            clock.AdvanceTo(bars[i].OpenTime.AddHours(1));
            foreach (var request in After(i, bars[i]))
                sim.Submit(request);
        }
        return fills;
    }
}
