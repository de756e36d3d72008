using SmartMarket.Trading.Orders;

namespace SmartMarket.Trading.Execution;

/// <summary>Everything an <see cref="ExecutionSimulator"/> needs to carry on exactly where it stopped; plain data for persistence.</summary>
/// <param name="NextOrderId">The id the next order will get.</param>
/// <param name="Markets">Per-symbol prices and positions, ordered by ticker.</param>
/// <param name="Orders">The working orders, oldest first.</param>
public sealed record ExecutionSimulatorState(
    long NextOrderId,
    long AmbiguousExits,
    IReadOnlyList<MarketState> Markets,
    IReadOnlyList<OrderState> Orders);
