using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;

namespace SmartMarket.Trading.Execution;

/// <summary>
/// The simulator's mutable record of one order. Fields rather than properties because the per-bar loop reads
/// them on every bar; <see cref="ToState"/> and <see cref="FromState"/> convert to and from the persisted record.
/// </summary>
internal sealed class WorkingOrder
{
    public readonly OrderId Id;
    public readonly string ClientOrderId;
    public readonly OrderRequest Request;
    public readonly bool IsBuy;
    public readonly OrderType Type;
    public readonly TimeInForce TimeInForce;
    public readonly bool ReduceOnly;
    public readonly decimal LimitPrice;
    public readonly double LimitApprox;
    public readonly DateTime SubmittedAt;
    public readonly BracketRole Role;

    /// <summary>The trigger level: the request's stop price, or for trailing stops the level trailing the anchor.</summary>
    public decimal StopPrice;
    public double StopApprox;
    public decimal TrailAnchor;
    public bool Anchored;
    public OrderStatus Status = OrderStatus.Accepted;
    public decimal Quantity;
    public decimal Filled;
    public decimal FilledNotional;
    public decimal Fees;
    public DateTime? ActivatedAt;
    public bool Triggered;
    public CancelReason? CancelReason;

    public WorkingOrder? Parent;
    public WorkingOrder? Sibling;
    public WorkingOrder? StopLeg;
    public WorkingOrder? TakeProfitLeg;

    /// <summary>Sequence number of a bar this order must sit out: submitted during it, or already settled in it.</summary>
    public long SkipBar = -1;

    private readonly decimal _trailMultiplier;
    private double _anchorApprox;

    public WorkingOrder(OrderId id, string clientOrderId, OrderRequest request, DateTime submittedAt, BracketRole role, decimal quantity)
    {
        Id = id;
        ClientOrderId = clientOrderId;
        Request = request;
        IsBuy = request.Side == Side.Buy;
        Type = request.Type;
        TimeInForce = request.TimeInForce;
        ReduceOnly = request.ReduceOnly;
        LimitPrice = request.LimitPrice ?? 0m;
        LimitApprox = (double)LimitPrice;
        StopPrice = request.StopPrice ?? 0m;
        StopApprox = (double)StopPrice;
        SubmittedAt = submittedAt;
        Role = role;
        Quantity = quantity;
        if (request.Trail is { } trail)
            _trailMultiplier = trail.PercentMultiplier(sellStop: !IsBuy);
    }

    public Symbol Symbol => Request.Symbol;

    public decimal Remaining => Quantity - Filled;

    public bool IsTerminal => Status.IsTerminal();

    /// <summary>Moves a trailing stop's anchor to a better price and re-derives its trigger level; never loosens it.</summary>
    public void Trail(decimal price) => Trail(price, (double)price);

    /// <inheritdoc cref="Trail(decimal)"/>
    /// <param name="approx"><paramref name="price"/> as a double, to rule out most non-improvements without decimal work.</param>
    public void Trail(decimal price, double approx)
    {
        if (Anchored && !Improves(price, approx))
            return;
        Anchored = true;
        TrailAnchor = price;
        _anchorApprox = approx;
        StopPrice = Request.Trail!.Value.StopLevel(price, !IsBuy, _trailMultiplier);
        StopApprox = (double)StopPrice;
    }

    private bool Improves(decimal price, double approx)
    {
        var sign = Screen.Sign(approx, _anchorApprox);
        if (sign != 0)
            return IsBuy ? sign < 0 : sign > 0;
        return IsBuy ? price < TrailAnchor : price > TrailAnchor;
    }

    public OrderState ToState() => new()
    {
        Id = Id,
        ClientOrderId = ClientOrderId,
        Request = Request,
        Status = Status,
        SubmittedAt = SubmittedAt,
        Quantity = Quantity,
        FilledQuantity = Filled,
        FilledNotional = FilledNotional,
        Fees = Fees,
        ActivatedAt = ActivatedAt,
        Triggered = Triggered,
        TrailAnchor = Anchored ? TrailAnchor : null,
        ParentId = Parent?.Id,
        SiblingId = Sibling?.Id,
        Role = Role,
        CancelReason = CancelReason,
    };

    /// <summary>Rebuilds a working order from its state; links to parent and sibling are set by the caller.</summary>
    public static WorkingOrder FromState(OrderState s)
    {
        var order = new WorkingOrder(s.Id, s.ClientOrderId, s.Request, s.SubmittedAt, s.Role, s.Quantity)
        {
            Status = s.Status,
            Filled = s.FilledQuantity,
            FilledNotional = s.FilledNotional,
            Fees = s.Fees,
            ActivatedAt = s.ActivatedAt,
            Triggered = s.Triggered,
        };
        if (s.TrailAnchor is { } anchor)
            order.Trail(anchor);
        return order;
    }
}
