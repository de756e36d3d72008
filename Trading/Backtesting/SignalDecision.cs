using SmartMarket.Trading.Orders;
using SmartMarket.Trading.Risk;

namespace SmartMarket.Trading.Backtesting;

/// <summary>The answer of <see cref="SignalExecutor"/> to one signal.</summary>
/// <param name="Order">The bracket order to send when <paramref name="Outcome"/> is <see cref="SignalOutcome.Order"/>; null otherwise.</param>
/// <param name="Risk">The risk manager's decision, null when the signal never reached it.</param>
/// <param name="Reason">Why it was skipped or rejected; empty for an order sent as sized.</param>
public sealed record SignalDecision(SignalOutcome Outcome, OrderRequest? Order, RiskDecision? Risk, string Reason)
{
    internal static SignalDecision Skip(string reason) => new(SignalOutcome.Skipped, null, null, reason);
}
