using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;

namespace SmartMarket.Trading.Execution;

/// <summary>The checks that need the venue's own state, after <see cref="OrderRequestValidator"/> has passed a request.</summary>
internal static class VenueRules
{
    public static OrderRejection? Check(OrderRequest request, MarketBook? book, OrderRegistry registry)
    {
        if (request.ClientOrderId is { } clientId && registry.IsClientIdInUse(clientId))
            return new OrderRejection(RejectCode.DuplicateClientOrderId, nameof(request.ClientOrderId),
                $"client order id '{clientId}' is already used by a working order");
        if (request.ReduceOnly)
        {
            var position = book?.Position ?? 0m;
            var reduces = request.Side == Side.Buy ? position < 0m : position > 0m;
            if (!reduces)
                return new OrderRejection(RejectCode.ReduceOnlyWouldIncrease, nameof(request.ReduceOnly),
                    $"a reduce-only {request.Side} would increase the {request.Symbol} position of {position}");
        }
        return null;
    }
}
