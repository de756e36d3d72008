using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Orders;

/// <summary>
/// Checks an <see cref="OrderRequest"/> on its own and against a reference (last traded) price. Returns the first
/// problem found, naming the field, so a venue can reject with a reason instead of throwing.
/// </summary>
public static class OrderRequestValidator
{
    /// <summary>Longest accepted client order id.</summary>
    public const int MaxClientOrderIdLength = 64;

    /// <summary>
    /// The first problem with <paramref name="request"/>, or null when it is acceptable. Stop side and bracket
    /// legs are checked against <paramref name="referencePrice"/>; they need one when the order has no price of its own.
    /// </summary>
    public static OrderRejection? Validate(OrderRequest request, decimal? referencePrice)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CheckFields(request)
            ?? CheckPrices(request)
            ?? CheckClientOrderId(request.ClientOrderId)
            ?? CheckStopSide(request, referencePrice)
            ?? OrderBracketValidator.Check(request, referencePrice);
    }

    private static OrderRejection? CheckFields(OrderRequest r)
    {
        if (r.Symbol.Ticker is null)
            return Reject(RejectCode.InvalidField, nameof(r.Symbol), "symbol is required");
        if (r.Side is not (Side.Buy or Side.Sell))
            return Reject(RejectCode.InvalidField, nameof(r.Side), $"side {(int)r.Side} is not Buy or Sell");
        if (!Enum.IsDefined(r.Type))
            return Reject(RejectCode.InvalidField, nameof(r.Type), $"order type {(int)r.Type} is not defined");
        if (!Enum.IsDefined(r.TimeInForce))
            return Reject(RejectCode.InvalidField, nameof(r.TimeInForce), $"time in force {(int)r.TimeInForce} is not defined");
        if (r.Quantity <= 0m)
            return Reject(RejectCode.InvalidQuantity, nameof(r.Quantity), $"quantity must be greater than zero, was {r.Quantity}");
        return null;
    }

    private static OrderRejection? CheckPrices(OrderRequest r)
    {
        var usesLimit = r.Type is OrderType.Limit or OrderType.StopLimit;
        var usesStop = r.Type is OrderType.Stop or OrderType.StopLimit;
        var usesTrail = r.Type == OrderType.TrailingStop;

        if (r.LimitPrice is { } limit)
        {
            if (!usesLimit)
                return Reject(RejectCode.UnexpectedPrice, nameof(r.LimitPrice), $"a {r.Type} order takes no limit price");
            if (limit <= 0m)
                return Reject(RejectCode.InvalidPrice, nameof(r.LimitPrice), $"limit price must be greater than zero, was {limit}");
        }
        else if (usesLimit)
            return Reject(RejectCode.MissingLimitPrice, nameof(r.LimitPrice), $"a {r.Type} order needs a limit price");

        if (r.StopPrice is { } stop)
        {
            if (!usesStop)
                return Reject(RejectCode.UnexpectedPrice, nameof(r.StopPrice), $"a {r.Type} order takes no stop price");
            if (stop <= 0m)
                return Reject(RejectCode.InvalidPrice, nameof(r.StopPrice), $"stop price must be greater than zero, was {stop}");
        }
        else if (usesStop)
            return Reject(RejectCode.MissingStopPrice, nameof(r.StopPrice), $"a {r.Type} order needs a stop price");

        if (r.Trail is { } trail)
        {
            if (!usesTrail)
                return Reject(RejectCode.UnexpectedPrice, nameof(r.Trail), $"a {r.Type} order takes no trail");
            return CheckTrail(trail);
        }
        return usesTrail ? Reject(RejectCode.MissingTrail, nameof(r.Trail), "a trailing stop needs a trail amount or percent") : null;
    }

    private static OrderRejection? CheckTrail(TrailingOffset trail)
    {
        if (!Enum.IsDefined(trail.Mode))
            return Reject(RejectCode.InvalidField, nameof(OrderRequest.Trail), $"trail mode {(int)trail.Mode} is not defined");
        if (trail.Value <= 0m)
            return Reject(RejectCode.InvalidPrice, nameof(OrderRequest.Trail), $"trail must be greater than zero, was {trail.Value}");
        if (trail.Mode == TrailMode.Percent && trail.Value >= 100m)
            return Reject(RejectCode.InvalidPrice, nameof(OrderRequest.Trail), $"trail percent must be below 100, was {trail.Value}");
        return null;
    }

    private static OrderRejection? CheckClientOrderId(string? id)
    {
        if (id is null)
            return null;
        if (id.Length is 0 or > MaxClientOrderIdLength)
            return Reject(RejectCode.InvalidClientOrderId, nameof(OrderRequest.ClientOrderId),
                $"client order id must be 1 to {MaxClientOrderIdLength} characters, was {id.Length}");
        foreach (var c in id)
        {
            if (c is <= ' ' or > '~')
                return Reject(RejectCode.InvalidClientOrderId, nameof(OrderRequest.ClientOrderId),
                    $"client order id '{id}' may hold only printable ASCII without spaces");
        }
        return null;
    }

    private static OrderRejection? CheckStopSide(OrderRequest r, decimal? reference)
    {
        if (r.StopPrice is not { } stop)
            return null;
        if (reference is not { } market)
            return Reject(RejectCode.NoReferencePrice, nameof(r.StopPrice), $"no price for {r.Symbol} yet to check the stop against");
        if (r.Side == Side.Buy && stop <= market)
            return Reject(RejectCode.StopOnWrongSide, nameof(r.StopPrice), $"a buy stop must be above the market {market}, was {stop}");
        if (r.Side == Side.Sell && stop >= market)
            return Reject(RejectCode.StopOnWrongSide, nameof(r.StopPrice), $"a sell stop must be below the market {market}, was {stop}");
        return null;
    }

    internal static OrderRejection Reject(RejectCode code, string? field, string message) => new(code, field, message);
}
