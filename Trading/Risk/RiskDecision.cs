namespace SmartMarket.Trading.Risk;

/// <summary>The answer to an order proposal.</summary>
/// <param name="Quantity">Approved quantity (unsigned, same side as proposed); 0 when rejected.</param>
/// <param name="Rule">The limit that bound, or <see cref="RiskRule.None"/>.</param>
/// <param name="Reason">Human-readable account of the binding limit with its numbers; empty when approved as asked.</param>
public sealed record RiskDecision(RiskVerdict Verdict, decimal Quantity, RiskRule Rule, string Reason)
{
    /// <summary>True when some quantity may be sent.</summary>
    public bool IsApproved => Verdict != RiskVerdict.Rejected;

    internal static RiskDecision Approve(decimal quantity) => new(RiskVerdict.Approved, quantity, RiskRule.None, string.Empty);

    internal static RiskDecision Reduce(decimal quantity, RiskRule rule, string reason) => new(RiskVerdict.Reduced, quantity, rule, reason);

    internal static RiskDecision Reject(RiskRule rule, string reason) => new(RiskVerdict.Rejected, 0m, rule, reason);
}
