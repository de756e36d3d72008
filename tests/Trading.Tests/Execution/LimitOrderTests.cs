using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;
using static Trading.Tests.Execution.SimHarness;

namespace Trading.Tests.Execution;

public class LimitOrderTests
{
    private static readonly SmartMarket.Trading.Execution.ExecutionSimulatorOptions Fees =
        SimHarness.Frictionless with { MakerFeeRate = 0.0002m, TakerFeeRate = 0.001m, SlippageBps = 10m };

    [Fact]
    public void Limit_RestingBuy_FillsAtLimitAsMakerWhenLowReachesIt()
    {
        var h = new SimHarness(Fees);
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Limit(Btc, Side.Buy, 2m, 95m));
        h.Feed(98m, 99m, 96m, 97m);
        Assert.Empty(h.Fills);

        h.Feed(97m, 97m, 94m, 96m);

        var fill = Assert.Single(h.Fills).Fill;
        Assert.Equal(95m, fill.Price);
        Assert.Equal(Liquidity.Maker, fill.Liquidity);
        Assert.Equal(2m * 95m * 0.0002m, fill.Fee);
        Assert.Equal(Hour(2), fill.Time);
    }

    [Fact]
    public void Limit_RestingSell_FillsAtLimitWhenHighReachesIt()
    {
        var h = new SimHarness(Fees);
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Limit(Btc, Side.Sell, 1m, 105m));
        h.Feed(101m, 105.5m, 100m, 104m);

        Assert.Equal(105m, Assert.Single(h.Fills).Fill.Price);
    }

    [Fact]
    public void Limit_MarketableOnArrival_FillsAtOpenPlusSlippageAsTaker()
    {
        var h = new SimHarness(Fees);
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Limit(Btc, Side.Buy, 1m, 105m));
        h.Feed(100m, 101m, 99m, 100m);

        var fill = Assert.Single(h.Fills).Fill;
        Assert.Equal(100m + 100m * 10m / 10_000m, fill.Price);
        Assert.Equal(Liquidity.Taker, fill.Liquidity);
        Assert.Equal(fill.Price * 0.001m, fill.Fee);
    }

    [Fact]
    public void Limit_MarketableOnArrival_NeverFillsWorseThanItsLimit()
    {
        var h = new SimHarness(Fees);
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Limit(Btc, Side.Buy, 1m, 100.05m));
        h.Feed(100m, 101m, 99m, 100m); // open + 10 bps would be 100.1

        Assert.Equal(100.05m, Assert.Single(h.Fills).Fill.Price);
    }

    [Fact]
    public void Limit_RestingWhenMarketGapsThrough_FillsAtItsOwnPriceNotTheOpen()
    {
        var h = new SimHarness(Fees);
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Limit(Btc, Side.Buy, 1m, 95m));
        h.Feed(98m, 99m, 96m, 97m);
        h.Feed(93m, 94m, 92m, 93m);

        var fill = Assert.Single(h.Fills).Fill;
        Assert.Equal(95m, fill.Price);
        Assert.Equal(Liquidity.Maker, fill.Liquidity);
    }

    [Fact]
    public void Limit_WithTradeThroughRequired_DoesNotFillOnATouch()
    {
        var touch = new SimHarness(Fees);
        var through = new SimHarness(Fees with { LimitRequiresTradeThrough = true });
        foreach (var h in new[] { touch, through })
        {
            h.Feed(100m, 100m, 100m, 100m);
            h.Submit(OrderRequest.Limit(Btc, Side.Buy, 1m, 95m));
            h.Feed(97m, 98m, 95m, 96m);
        }

        Assert.Single(touch.Fills);
        Assert.Empty(through.Fills);
        through.Feed(96m, 97m, 94.99m, 95m);
        Assert.Equal(95m, Assert.Single(through.Fills).Fill.Price);
    }
}
