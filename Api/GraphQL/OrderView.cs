using SmartMarket.Trading.MarketData;

namespace SmartMarket.Api.GraphQL;

/// <summary>One order of an account as clients see it.</summary>
public sealed class OrderView
{
    public required string ClientOrderId { get; init; }

    public long OrderId { get; set; }

    public string? Ticker { get; init; }

    public Side Side { get; init; }

    public OrderType Type { get; init; } = OrderType.Market;

    public decimal? LimitPrice { get; init; }

    public decimal? StopPrice { get; init; }

    public SmartMarket.Trading.Orders.TimeInForce TimeInForce { get; init; } = SmartMarket.Trading.Orders.TimeInForce.Gtc;

    /// <summary>Whether the order could only shrink a position.</summary>
    public bool ReduceOnly { get; init; }

    /// <summary>Requested quantity, then the quantity the venue accepted.</summary>
    public decimal Quantity { get; set; }

    public decimal FilledQuantity { get; set; }

    /// <summary>Quantity-weighted fill price; 0 before the first fill.</summary>
    public decimal AverageFillPrice { get; set; }

    public decimal Fees { get; set; }

    public OrderStatus Status { get; set; }

    /// <summary>Rejection or cancellation text.</summary>
    public string? Reason { get; set; }

    public DateTime Created { get; init; }

    public DateTime Updated { get; set; }
}
