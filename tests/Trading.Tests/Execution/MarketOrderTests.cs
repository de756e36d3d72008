using SmartMarket.Trading.Execution;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;
using static Trading.Tests.Execution.SimHarness;

namespace Trading.Tests.Execution;

public class MarketOrderTests
{
    [Fact]
    public void Market_SubmittedAtBarClose_FillsAtNextBarOpenNotOnTheDecisionBar()
    {
        var h = new SimHarness();
        h.Feed(100m, 101m, 99m, 100.5m);
        var order = h.Submit(OrderRequest.Market(Btc, Side.Buy, 2m));

        Assert.Equal(OrderStatus.Accepted, order.Status);
        Assert.Equal(Hour(1), order.SubmittedAt);
        Assert.Empty(h.Fills);

        h.Feed(102m, 103m, 101m, 102m);

        var fill = Assert.Single(h.Fills).Fill;
        Assert.Equal(102m, fill.Price);
        Assert.Equal(2m, fill.Quantity);
        Assert.Equal(Hour(1), fill.Time);
        Assert.Equal(Liquidity.Taker, fill.Liquidity);
        Assert.Equal(OrderStatus.Filled, h.Fills[0].Order.Status);
        Assert.Equal(2m, h.Sim.GetPosition(Btc));
    }

    [Fact]
    public void Market_ForOtherSymbolDecidedAtLaterTime_SkipsThatSymbolsEarlierBar()
    {
        var h = new SimHarness();
        var eth = new Symbol("ETHUSDT");
        h.Feed(100m, 101m, 99m, 100m); // BTC's 00:00 bar closes; the clock is at 01:00
        h.Submit(OrderRequest.Market(eth, Side.Sell, 1m));

        h.Sim.ProcessCandle(eth, new Candle(Hour(0), 50m, 51m, 49m, 50m, 10m));
        Assert.Empty(h.Fills);

        h.Sim.ProcessCandle(eth, new Candle(Hour(1), 52m, 53m, 51m, 52m, 10m));
        Assert.Equal(52m, Assert.Single(h.Fills).Fill.Price);
        Assert.Equal(-1m, h.Sim.GetPosition(eth));
    }

    [Fact]
    public void Market_WithFixedAndRangeSlippage_PaysAdversePriceAndTakerFee()
    {
        var options = SimHarness.Frictionless with { TakerFeeRate = 0.001m, SlippageBps = 10m, VolatilitySlippage = 0.1m, MaxSlippageBps = 500m };
        var buy = new SimHarness(options);
        var sell = new SimHarness(options);
        foreach (var h in new[] { buy, sell })
            h.Feed(100m, 100m, 100m, 100m);
        buy.Submit(OrderRequest.Market(Btc, Side.Buy, 2m));
        sell.Submit(OrderRequest.Market(Btc, Side.Sell, 2m));
        buy.Feed(100m, 110m, 95m, 105m);
        sell.Feed(100m, 110m, 95m, 105m);

        // slip = 100 × 10 bps + 0.1 × (110 − 95) = 0.1 + 1.5
        var bought = Assert.Single(buy.Fills).Fill;
        Assert.Equal(101.6m, bought.Price);
        Assert.Equal(2m * 101.6m * 0.001m, bought.Fee);
        var sold = Assert.Single(sell.Fills).Fill;
        Assert.Equal(98.4m, sold.Price);
        Assert.Equal(2m * 98.4m * 0.001m, sold.Fee);
    }

    [Fact]
    public void Market_WithLargeSlippage_IsCappedAtMaxSlippageBps()
    {
        var h = new SimHarness(SimHarness.Frictionless with { SlippageBps = 80m, VolatilitySlippage = 1m, MaxSlippageBps = 50m });
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Market(Btc, Side.Buy, 1m));
        h.Feed(200m, 210m, 190m, 200m);

        Assert.Equal(201m, Assert.Single(h.Fills).Fill.Price); // 50 bps of 200
    }

    [Fact]
    public void Market_SlippedPrice_IsRoundedAgainstTheOrder()
    {
        var options = SimHarness.Frictionless with { SlippageBps = 1m, VolatilitySlippage = 0.003m, PriceDecimals = 2 };
        var buy = new SimHarness(options);
        var sell = new SimHarness(options);
        buy.Feed(100m, 100m, 100m, 100m);
        sell.Feed(100m, 100m, 100m, 100m);
        buy.Submit(OrderRequest.Market(Btc, Side.Buy, 1m));
        sell.Submit(OrderRequest.Market(Btc, Side.Sell, 1m));
        buy.Feed(100m, 101m, 99.5m, 100m);
        sell.Feed(100m, 101m, 99.5m, 100m);

        // raw slip = 0.01 + 0.003 × 1.5 = 0.0145: buy 100.0145 rounds up, sell 99.9855 rounds down
        Assert.Equal(100.02m, buy.Fills[0].Fill.Price);
        Assert.Equal(99.98m, sell.Fills[0].Fill.Price);
    }

    [Fact]
    public void Market_WithAtrSlippage_UsesAtrOfEarlierBarsNotTheFillingBar()
    {
        var h = new SimHarness(SimHarness.Frictionless with
        {
            VolatilitySource = SlippageVolatility.Atr, VolatilitySlippage = 1m, AtrPeriod = 2, MaxSlippageBps = 1000m,
        });
        h.Feed(100m, 104m, 98m, 102m); // true range 6
        h.Feed(103m, 105m, 101m, 104m); // true range max(4, |105−102|, |101−102|) = 4
        h.Submit(OrderRequest.Market(Btc, Side.Buy, 1m));
        h.Feed(110m, 130m, 100m, 120m);

        var atr = (6m + 4m) / 2m; // Wilder seeds with the simple mean of the first period
        Assert.Equal(110m + atr, Assert.Single(h.Fills).Fill.Price);
    }

    [Fact]
    public void Market_OnZeroVolumeBar_WaitsForTheNextBar()
    {
        var h = new SimHarness(SimHarness.Frictionless with { MaxVolumeShare = 0.5m });
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Market(Btc, Side.Buy, 1m));
        h.Feed(101m, 101m, 101m, 101m, volume: 0m); // a halted bar

        Assert.Empty(h.Fills);
        h.Feed(102m, 103m, 101m, 102m, volume: 10m);
        Assert.Equal(102m, Assert.Single(h.Fills).Fill.Price);
    }
}
