namespace SmartMarket.Trading.Risk;

/// <summary>
/// Finds the tightest of several caps of the form "used + added × perUnit ≤ limit × equity" on a proposal's
/// opening quantity, remembering which rule bound and the share of equity the full proposal would have used.
/// </summary>
internal struct LimitCaps
{
    private readonly decimal _equity;
    private readonly decimal _opening;

    public LimitCaps(decimal equity, decimal opening)
    {
        _equity = equity;
        _opening = opening;
        Allowed = opening;
    }

    /// <summary>The rule with the smallest allowance below the opening quantity, or None.</summary>
    public RiskRule Binding { get; private set; }

    /// <summary>Opening quantity the binding rule allows (negative when the account is already over it).</summary>
    public decimal Allowed { get; private set; }

    /// <summary>Share of equity the binding measure would reach with the whole proposal.</summary>
    public decimal RequestedFraction { get; private set; }

    /// <summary>The binding rule's limit.</summary>
    public decimal LimitFraction { get; private set; }

    public void Consider(RiskRule rule, decimal limitFraction, decimal used, decimal perUnit)
    {
        var allowed = (limitFraction * _equity - used) / perUnit;
        if (allowed >= Allowed)
            return;
        Binding = rule;
        Allowed = allowed;
        RequestedFraction = (used + _opening * perUnit) / _equity;
        LimitFraction = limitFraction;
    }
}
