namespace SmartMarket.Trading.Orders;

/// <summary>
/// Exit legs attached to an entry order. Once the entry fills, the venue places a reduce-only stop at
/// <see cref="StopLoss"/> and a reduce-only limit at <see cref="TakeProfit"/> as a one-cancels-other pair
/// covering the filled quantity.
/// </summary>
public sealed record BracketSpec(decimal StopLoss, decimal TakeProfit);
