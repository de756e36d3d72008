using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Orders;

/// <summary>
/// What a client asks a venue to do. Prices and quantities are exact decimals. Use the factories
/// (<see cref="Market"/>, <see cref="Limit"/>, ...) and <c>with</c> for the optional parts; a venue checks the
/// request with <see cref="OrderRequestValidator"/> and rejects it with a reason if it is malformed.
/// </summary>
public sealed record OrderRequest
{
    public required Symbol Symbol { get; init; }

    public required Side Side { get; init; }

    public required OrderType Type { get; init; }

    /// <summary>Base-asset quantity, greater than zero.</summary>
    public required decimal Quantity { get; init; }

    /// <summary>Limit price for <see cref="OrderType.Limit"/> and <see cref="OrderType.StopLimit"/>; null otherwise.</summary>
    public decimal? LimitPrice { get; init; }

    /// <summary>Trigger price for <see cref="OrderType.Stop"/> and <see cref="OrderType.StopLimit"/>; null otherwise.</summary>
    public decimal? StopPrice { get; init; }

    /// <summary>Trail for <see cref="OrderType.TrailingStop"/>; null otherwise.</summary>
    public TrailingOffset? Trail { get; init; }

    public TimeInForce TimeInForce { get; init; } = TimeInForce.Gtc;

    /// <summary>When true the order may only shrink an existing opposite position, never open or grow one.</summary>
    public bool ReduceOnly { get; init; }

    /// <summary>The client's own id for the order; the venue assigns one when null.</summary>
    public string? ClientOrderId { get; init; }

    /// <summary>Optional stop-loss and take-profit legs placed when this entry fills.</summary>
    public BracketSpec? Bracket { get; init; }

    public static OrderRequest Market(Symbol symbol, Side side, decimal quantity) =>
        new() { Symbol = symbol, Side = side, Type = OrderType.Market, Quantity = quantity };

    public static OrderRequest Limit(Symbol symbol, Side side, decimal quantity, decimal limitPrice) =>
        new() { Symbol = symbol, Side = side, Type = OrderType.Limit, Quantity = quantity, LimitPrice = limitPrice };

    public static OrderRequest Stop(Symbol symbol, Side side, decimal quantity, decimal stopPrice) =>
        new() { Symbol = symbol, Side = side, Type = OrderType.Stop, Quantity = quantity, StopPrice = stopPrice };

    public static OrderRequest StopLimit(Symbol symbol, Side side, decimal quantity, decimal stopPrice, decimal limitPrice) =>
        new()
        {
            Symbol = symbol, Side = side, Type = OrderType.StopLimit, Quantity = quantity,
            StopPrice = stopPrice, LimitPrice = limitPrice,
        };

    public static OrderRequest TrailingStop(Symbol symbol, Side side, decimal quantity, TrailingOffset trail) =>
        new() { Symbol = symbol, Side = side, Type = OrderType.TrailingStop, Quantity = quantity, Trail = trail };

    /// <summary>This request as a bracket entry with the given stop-loss and take-profit.</summary>
    public OrderRequest WithBracket(decimal stopLoss, decimal takeProfit) => this with { Bracket = new BracketSpec(stopLoss, takeProfit) };

    /// <summary>The first problem with this request, or null when it is well formed. See <see cref="OrderRequestValidator"/>.</summary>
    public OrderRejection? Validate(decimal? referencePrice = null) => OrderRequestValidator.Validate(this, referencePrice);
}
