using SmartMarket.Trading.Execution;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;
using static Trading.Tests.Execution.SimHarness;

namespace Trading.Tests.Execution;

public class VenueRejectionTests
{
    [Fact]
    public void Submit_MalformedRequest_RejectsWithReasonInStateAndEventAndNeverFills()
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);
        var order = h.Submit(OrderRequest.Market(Btc, Side.Buy, 1m) with { LimitPrice = 99m });
        h.Feed(100m, 101m, 99m, 100m);

        Assert.Equal(OrderStatus.Rejected, order.Status);
        Assert.Equal(new OrderRejection(RejectCode.UnexpectedPrice, "LimitPrice", order.Rejection!.Message), order.Rejection);
        var rejected = Assert.Single(h.Rejected);
        Assert.Equal(order, rejected.Order);
        Assert.Empty(h.Accepted);
        Assert.Empty(h.Fills);
        Assert.Null(h.Sim.GetOrder(order.Id));
    }

    [Theory]
    [MemberData(nameof(Orders.OrderRequestValidatorTests.BadRequests), MemberType = typeof(Orders.OrderRequestValidatorTests))]
    public void Submit_EveryKindOfBadRequest_IsRejectedWithTheValidatorsCodeAndField(
        string _, OrderRequest request, decimal? market, RejectCode code, string? field)
    {
        var h = new SimHarness();
        if (market is { } price)
            h.Feed(price, price, price, price);

        var order = h.Submit(request);

        Assert.Equal(OrderStatus.Rejected, order.Status);
        Assert.Equal((code, field), (order.Rejection!.Code, order.Rejection.Field));
        Assert.Equal(order.Rejection, Assert.Single(h.Rejected).Order.Rejection);
    }

    [Fact]
    public void Submit_StopOnWrongSideOfLastPrice_IsRejected()
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);

        var order = h.Submit(OrderRequest.Stop(Btc, Side.Sell, 1m, 100.5m));

        Assert.Equal(RejectCode.StopOnWrongSide, order.Rejection!.Code);
        Assert.Contains("below the market 100", order.Rejection.Message);
    }

    [Fact]
    public void Submit_StopBeforeAnyPrice_IsRejectedForLackOfReference()
    {
        var h = new SimHarness();

        var order = h.Submit(OrderRequest.Stop(Btc, Side.Sell, 1m, 95m));

        Assert.Equal(RejectCode.NoReferencePrice, order.Rejection!.Code);
    }

    [Fact]
    public void Submit_ClientIdOfAWorkingOrder_IsRejectedAsDuplicate_ButMayBeReusedOnceThatOrderEnds()
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);
        var first = h.Submit(OrderRequest.Limit(Btc, Side.Buy, 1m, 90m) with { ClientOrderId = "dip-1" });

        var duplicate = h.Submit(OrderRequest.Limit(Btc, Side.Buy, 1m, 91m) with { ClientOrderId = "dip-1" });
        Assert.Equal(RejectCode.DuplicateClientOrderId, duplicate.Rejection!.Code);
        Assert.Equal("ClientOrderId", duplicate.Rejection.Field);

        Assert.True(h.Sim.Cancel("dip-1"));
        Assert.Equal(first.Id, Assert.Single(h.Cancelled).Order.Id);
        Assert.Equal(OrderStatus.Accepted, h.Submit(OrderRequest.Limit(Btc, Side.Buy, 1m, 91m) with { ClientOrderId = "dip-1" }).Status);
    }

    [Fact]
    public void Submit_WithoutClientId_GetsADeterministicOne()
    {
        var h = new SimHarness();

        var order = h.Submit(OrderRequest.Market(Btc, Side.Buy, 1m));

        Assert.Equal("sim-1", order.ClientOrderId);
        Assert.Equal(new OrderId(1), order.Id);
    }

    [Fact]
    public void Cancel_UnknownOrder_ReturnsFalseAndRaisesNothing()
    {
        var h = new SimHarness();

        Assert.False(h.Sim.Cancel(new OrderId(77)));
        Assert.False(h.Sim.Cancel("nope"));
        Assert.Empty(h.Cancelled);
    }

    [Fact]
    public async Task Venue_ThroughTheInterface_SubmitsAndCancelsLikeTheDirectCalls()
    {
        var h = new SimHarness();
        IExecutionVenue venue = h.Sim;

        var order = await venue.SubmitAsync(OrderRequest.Limit(Btc, Side.Buy, 1m, 90m), CancellationToken.None);
        Assert.Equal(OrderStatus.Accepted, order.Status);
        Assert.True(await venue.CancelAsync(order.Id, CancellationToken.None));
        Assert.False(await venue.CancelAsync(order.ClientOrderId, CancellationToken.None));
        Assert.Equal(CancelReason.ClientRequest, Assert.Single(h.Cancelled).Order.CancelReason);
    }
}
