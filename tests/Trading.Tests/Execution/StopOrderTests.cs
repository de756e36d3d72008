using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;
using static Trading.Tests.Execution.SimHarness;

namespace Trading.Tests.Execution;

public class StopOrderTests
{
    private static readonly SmartMarket.Trading.Execution.ExecutionSimulatorOptions Costs =
        SimHarness.Frictionless with { TakerFeeRate = 0.001m, SlippageBps = 10m, VolatilitySlippage = 0.1m };

    [Fact]
    public void SellStop_TouchedInsideBar_FillsAtStopMinusSlippageAsTaker()
    {
        var h = new SimHarness(Costs);
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Stop(Btc, Side.Sell, 1m, 95m));
        h.Feed(100m, 100.5m, 94m, 95m);

        var fill = Assert.Single(h.Fills).Fill;
        var slip = 95m * 10m / 10_000m + 0.1m * (100.5m - 94m);
        Assert.Equal(95m - slip, fill.Price);
        Assert.Equal(Liquidity.Taker, fill.Liquidity);
        Assert.Equal(fill.Price * 0.001m, fill.Fee);
    }

    [Fact]
    public void BuyStop_TouchedInsideBar_FillsAtStopPlusSlippage()
    {
        var h = new SimHarness(Costs);
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Stop(Btc, Side.Buy, 1m, 105m));
        h.Feed(100m, 106m, 99m, 105m);

        var slip = 105m * 10m / 10_000m + 0.1m * (106m - 99m);
        Assert.Equal(105m + slip, Assert.Single(h.Fills).Fill.Price);
    }

    [Fact]
    public void SellStop_WhenBarGapsBelowIt_FillsAtTheOpenNotTheStop()
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Stop(Btc, Side.Sell, 1m, 95m));
        h.Feed(90m, 91m, 88m, 89m);

        Assert.Equal(90m, Assert.Single(h.Fills).Fill.Price);
    }

    [Fact]
    public void Stop_NotReached_StaysWorking()
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);
        var order = h.Submit(OrderRequest.Stop(Btc, Side.Sell, 1m, 95m));
        h.Feed(100m, 102m, 95.01m, 101m);

        Assert.Empty(h.Fills);
        Assert.Equal(OrderStatus.Accepted, h.Sim.GetOrder(order.Id)!.Status);
    }

    [Fact]
    public void StopLimit_Triggered_FillsAtStopButNeverBelowItsLimit()
    {
        var small = new SimHarness();
        var large = new SimHarness(SimHarness.Frictionless with { SlippageBps = 200m });
        foreach (var h in new[] { small, large })
        {
            h.Feed(100m, 100m, 100m, 100m);
            h.Submit(OrderRequest.StopLimit(Btc, Side.Sell, 1m, stopPrice: 95m, limitPrice: 94m));
            h.Feed(100m, 100m, 93m, 94m);
        }

        Assert.Equal(95m, Assert.Single(small.Fills).Fill.Price);
        Assert.Equal(94m, Assert.Single(large.Fills).Fill.Price); // 95 − 2 % would be 93.1
        Assert.Equal(Liquidity.Taker, large.Fills[0].Fill.Liquidity);
    }

    [Fact]
    public void StopLimit_GappedBelowItsLimit_RestsAndFillsAtLimitAsMakerWhenPriceReturns()
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);
        var order = h.Submit(OrderRequest.StopLimit(Btc, Side.Sell, 1m, stopPrice: 95m, limitPrice: 94m));
        h.Feed(92m, 93.5m, 91m, 93m);

        Assert.Empty(h.Fills);
        Assert.True(h.Sim.GetOrder(order.Id)!.Triggered);

        h.Feed(93m, 94.5m, 92m, 94m);
        var fill = Assert.Single(h.Fills).Fill;
        Assert.Equal(94m, fill.Price);
        Assert.Equal(Liquidity.Maker, fill.Liquidity);
    }

    [Fact]
    public void StopLimit_GappedBelowItsLimit_FillsInTheSameBarWhenTheBarRisesToTheLimit()
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.StopLimit(Btc, Side.Sell, 1m, stopPrice: 95m, limitPrice: 94m));
        h.Feed(92m, 94.2m, 91m, 93m); // the open comes first, so the rise to 94.2 follows the trigger

        Assert.Equal(94m, Assert.Single(h.Fills).Fill.Price);
    }

    [Theory]
    [InlineData("100.0000000000000000001", true)]
    [InlineData("100", true)]
    [InlineData("99.9999999999999999999", false)]
    public void SellStop_WithinDoublePrecisionOfTheLow_IsDecidedExactly(string stop, bool fills)
    {
        var h = new SimHarness();
        h.Feed(101m, 101m, 101m, 101m);
        h.Submit(OrderRequest.Stop(Btc, Side.Sell, 1m, decimal.Parse(stop, System.Globalization.CultureInfo.InvariantCulture)));
        h.Feed(100.5m, 101m, 100m, 100.5m);

        Assert.Equal(fills, h.Fills.Count == 1);
    }
}
