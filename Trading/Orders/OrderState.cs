namespace SmartMarket.Trading.Orders;

/// <summary>
/// A snapshot of one order at a venue: the request, where it stands and what filled. Plain data, so that a grain can
/// persist it and a venue can be rebuilt from it.
/// </summary>
public sealed record OrderState
{
    public required OrderId Id { get; init; }

    public required string ClientOrderId { get; init; }

    public required OrderRequest Request { get; init; }

    public required OrderStatus Status { get; init; }

    /// <summary>When the venue received the order (UTC); it can fill only on prices from this time on.</summary>
    public required DateTime SubmittedAt { get; init; }

    /// <summary>The order's current size. Equal to the request's, except for bracket legs, which grow as the entry fills.</summary>
    public required decimal Quantity { get; init; }

    public decimal FilledQuantity { get; init; }

    /// <summary>Sum of quantity × price over the fills.</summary>
    public decimal FilledNotional { get; init; }

    /// <summary>Fees charged on the fills, in quote currency.</summary>
    public decimal Fees { get; init; }

    /// <summary>Open time of the first bar (or time of the first price) the order worked on; null before that.</summary>
    public DateTime? ActivatedAt { get; init; }

    /// <summary>
    /// For stop types: the stop has triggered. A stop-limit then rests as a limit; a stop or trailing stop that could
    /// not fill completely works on as a market order.
    /// </summary>
    public bool Triggered { get; init; }

    /// <summary>For trailing stops: the best price since activation, from which the stop level trails.</summary>
    public decimal? TrailAnchor { get; init; }

    /// <summary>For bracket legs: the entry order. For entries and plain orders: null.</summary>
    public OrderId? ParentId { get; init; }

    /// <summary>For bracket legs: the other leg of the one-cancels-other pair.</summary>
    public OrderId? SiblingId { get; init; }

    public BracketRole Role { get; init; }

    /// <summary>Set when <see cref="Status"/> is <see cref="OrderStatus.Rejected"/>.</summary>
    public OrderRejection? Rejection { get; init; }

    /// <summary>Set when <see cref="Status"/> is <see cref="OrderStatus.Cancelled"/> or <see cref="OrderStatus.Expired"/>.</summary>
    public CancelReason? CancelReason { get; init; }

    public decimal RemainingQuantity => Status.IsTerminal() ? 0m : Quantity - FilledQuantity;

    /// <summary>Volume-weighted fill price, or null before the first fill.</summary>
    public decimal? AverageFillPrice => FilledQuantity == 0m ? null : FilledNotional / FilledQuantity;
}
