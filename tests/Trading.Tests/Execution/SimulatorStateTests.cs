using SmartMarket.Trading.Execution;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;
using static Trading.Tests.Execution.SimHarness;

namespace Trading.Tests.Execution;

public class SimulatorStateTests
{
    private static readonly ExecutionSimulatorOptions Options = new() { VolatilitySource = SlippageVolatility.Atr };

    [Fact]
    public void Snapshot_ThroughJsonAndRestore_ContinuesWithIdenticalFills()
    {
        var bars = CsvCandles.Load("BTCUSDT-1h.csv", 900);
        var uninterrupted = ScriptedTrader.Run(bars, Options);

        var snapshots = 0;
        var resumed = ScriptedTrader.Run(bars, Options, snapshotAt: 452, roundTrip: state =>
        {
            Assert.NotEmpty(state.Orders); // the cut falls while orders are working
            snapshots++;
            return StateJson.RoundTrip(state);
        });

        Assert.Equal(1, snapshots);
        Assert.Equal(uninterrupted, resumed);
    }

    [Fact]
    public void Snapshot_HoldsWorkingOrdersPositionsAndCounters()
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Market(Btc, Side.Buy, 1m).WithBracket(95m, 110m));
        h.Feed(100m, 104m, 98m, 103m);
        h.Feed(103m, 111m, 94m, 100m); // ambiguous: stopped out
        h.Submit(OrderRequest.TrailingStop(Btc, Side.Sell, 2m, TrailingOffset.ByAmount(4m)));
        h.Feed(100m, 106m, 99m, 105m);

        var state = h.Sim.Snapshot();

        Assert.Equal(1, state.AmbiguousExits);
        var market = Assert.Single(state.Markets);
        Assert.Equal((Btc, 0m, 105m), (market.Symbol, market.Position, market.LastPrice!.Value));
        var trailing = Assert.Single(state.Orders);
        Assert.Equal((OrderType.TrailingStop, 106m), (trailing.Request.Type, trailing.TrailAnchor!.Value));
        Assert.Equal(5, state.NextOrderId);
    }
}
