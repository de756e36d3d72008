using SmartMarket.Trading.Orders;

namespace Trading.Tests.Orders;

public class OrderTypesTests
{
    [Theory]
    [InlineData(OrderStatus.New, false)]
    [InlineData(OrderStatus.Accepted, false)]
    [InlineData(OrderStatus.PartiallyFilled, false)]
    [InlineData(OrderStatus.Filled, true)]
    [InlineData(OrderStatus.Cancelled, true)]
    [InlineData(OrderStatus.Rejected, true)]
    [InlineData(OrderStatus.Expired, true)]
    public void IsTerminal_IsTrueOnlyForFinalStatuses(OrderStatus status, bool terminal) =>
        Assert.Equal(terminal, status.IsTerminal());

    [Fact]
    public void TrailingOffset_ByAmount_TrailsBelowForSellsAndAboveForBuys()
    {
        var trail = TrailingOffset.ByAmount(2.5m);

        Assert.Equal(97.5m, trail.StopLevel(100m, sellStop: true));
        Assert.Equal(102.5m, trail.StopLevel(100m, sellStop: false));
    }

    [Fact]
    public void TrailingOffset_ByPercent_IsAShareOfTheBestPrice()
    {
        var trail = TrailingOffset.ByPercent(1.5m);

        Assert.Equal(200m - 3m, trail.StopLevel(200m, sellStop: true));
        Assert.Equal(200m + 3m, trail.StopLevel(200m, sellStop: false));
    }

    [Fact]
    public void OrderState_AveragePriceAndRemaining_FollowTheFills()
    {
        var state = new OrderState
        {
            Id = new OrderId(1),
            ClientOrderId = "a",
            Request = OrderRequest.Market(new("BTCUSDT"), SmartMarket.Trading.MarketData.Side.Buy, 4m),
            Status = OrderStatus.PartiallyFilled,
            SubmittedAt = DateTime.UnixEpoch,
            Quantity = 4m,
            FilledQuantity = 3m,
            FilledNotional = 1m * 100m + 2m * 103m,
        };

        Assert.Equal(306m / 3m, state.AverageFillPrice);
        Assert.Equal(1m, state.RemainingQuantity);
        Assert.Equal(0m, (state with { Status = OrderStatus.Cancelled }).RemainingQuantity);
        Assert.Null((state with { FilledQuantity = 0m, FilledNotional = 0m }).AverageFillPrice);
    }
}
