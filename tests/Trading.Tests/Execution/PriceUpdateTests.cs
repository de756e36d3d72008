using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;
using static Trading.Tests.Execution.SimHarness;

namespace Trading.Tests.Execution;

public class PriceUpdateTests
{
    [Fact]
    public void ProcessPrice_MarketOrder_FillsAtTheFirstPriceAfterSubmissionWithoutVolumeCap()
    {
        var h = new SimHarness(SimHarness.Frictionless with { SlippageBps = 2m, MaxVolumeShare = 0.01m });
        var order = h.Submit(OrderRequest.Market(Btc, Side.Buy, 1_000m)); // stamped at Start

        h.Sim.ProcessPrice(Btc, Start.AddSeconds(-1), 100m);
        Assert.Empty(h.Fills);

        h.Sim.ProcessPrice(Btc, Start.AddSeconds(1), 101m);
        var fill = Assert.Single(h.Fills).Fill;
        Assert.Equal((order.Id, 1_000m, 101m + 101m * 2m / 10_000m), (fill.OrderId, fill.Quantity, fill.Price));
        Assert.Equal(Start.AddSeconds(1), fill.Time);
    }

    [Fact]
    public void ProcessPrice_ThroughASellStop_FillsAtThatPrice()
    {
        var h = new SimHarness();
        h.Sim.ProcessPrice(Btc, Start, 100m);
        h.Submit(OrderRequest.Stop(Btc, Side.Sell, 1m, 95m));

        h.Sim.ProcessPrice(Btc, Start.AddSeconds(1), 96m);
        h.Sim.ProcessPrice(Btc, Start.AddSeconds(2), 94.5m);

        Assert.Equal(94.5m, Assert.Single(h.Fills).Fill.Price);
    }

    [Fact]
    public void ProcessPrice_GoingBackInTime_Throws()
    {
        var h = new SimHarness();
        h.Sim.ProcessPrice(Btc, Start.AddSeconds(5), 100m);

        var error = Assert.Throws<ArgumentException>(() => h.Sim.ProcessPrice(Btc, Start, 100m));

        Assert.Equal("time", error.ParamName);
    }
}
