namespace SmartMarket.Trading.Risk;

/// <summary>
/// Checks order proposals against every limit in <see cref="RiskOptions"/> and approves them, approves a smaller
/// quantity that fits, or rejects them naming the rule with its numbers.
/// </summary>
/// <remarks>
/// Only added exposure is limited. An order that reduces or closes a position is always approved, even with the
/// kill switch latched, so risk can always be taken off; an order that flips a position approves the closing part
/// and checks the rest as a new position. Gates (kill switch, daily loss, open positions) reject outright; caps
/// (position size, portfolio risk, correlated exposure, leverage) reduce to the tightest allowance, rounded down
/// to the proposal's lot, and reject when nothing is left. Feed equity on every bar through <see cref="Observe"/>
/// so the drawdown and daily-loss trackers see moves between orders.
/// </remarks>
public sealed class RiskManager
{
    private readonly RiskOptions _options;
    private readonly ICorrelationSource? _correlations;
    private readonly DailyLossLimit _dailyLoss;
    private readonly DrawdownKillSwitch _killSwitch;

    /// <param name="options">Validated here; the manager keeps this instance.</param>
    /// <param name="correlations">Source of return correlations; without one only the proposal's own symbol counts as correlated exposure.</param>
    public RiskManager(RiskOptions options, ICorrelationSource? correlations = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _correlations = correlations;
        _dailyLoss = new DailyLossLimit(options.DailyLossLimitFraction);
        _killSwitch = new DrawdownKillSwitch(options.MaxDrawdownFraction);
    }

    /// <summary>The limits in force.</summary>
    public RiskOptions Options => _options;

    /// <summary>True once drawdown reached <see cref="RiskOptions.MaxDrawdownFraction"/>, until <see cref="ResetKillSwitch"/>.</summary>
    public bool IsKillSwitchLatched => _killSwitch.IsLatched;

    /// <summary>Current drawdown from peak equity as a fraction.</summary>
    public decimal Drawdown => _killSwitch.Drawdown;

    /// <summary>True while today's (UTC) loss limit is breached.</summary>
    public bool IsDailyLossBreached => _dailyLoss.IsBreached;

    /// <summary>Loss since the start of the UTC day as a fraction of that day's opening equity.</summary>
    public decimal DayLossFraction => _dailyLoss.DayLossFraction;

    /// <summary>Feeds an equity observation (UTC, not going backwards); O(1), no allocation.</summary>
    public void Observe(DateTime time, decimal equity)
    {
        _dailyLoss.Observe(time, equity);
        _killSwitch.Observe(equity);
    }

    /// <summary>What the gates (kill switch, daily loss) remember, for <see cref="RestoreGates"/>.</summary>
    public RiskGateState SaveGates() => new(_killSwitch.Save(), _dailyLoss.Save());

    /// <summary>Continues from saved gates, as after the observations behind them; a bad state changes nothing.</summary>
    /// <exception cref="ArgumentException">Either part is not a state its gate could be in.</exception>
    public void RestoreGates(RiskGateState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var drawdown = _killSwitch.Save();
        _killSwitch.Restore(state.Drawdown);
        try
        {
            _dailyLoss.Restore(state.DailyLoss);
        }
        catch
        {
            _killSwitch.Restore(drawdown);
            throw;
        }
    }

    /// <summary>Unlatches the kill switch and restarts peak tracking at <paramref name="equity"/>.</summary>
    public void ResetKillSwitch(decimal equity) => _killSwitch.Reset(equity);

    /// <summary>Checks <paramref name="proposal"/> against the account in <paramref name="snapshot"/>, which is also observed.</summary>
    public RiskDecision Check(in OrderProposal proposal, ExposureSnapshot snapshot)
    {
        proposal.Validate();
        ArgumentNullException.ThrowIfNull(snapshot);
        snapshot.Validate();
        Observe(snapshot.Time, snapshot.Equity);

        var account = AccountExposure.Measure(proposal, snapshot, _correlations, _options.CorrelationThreshold);
        var side = (int)proposal.Side;
        var existing = Math.Abs(account.Existing);
        var adding = Math.Sign(account.Existing) == side;
        var closing = account.Existing != 0m && !adding ? Math.Min(proposal.Quantity, existing) : 0m;
        var opening = proposal.Quantity - closing;
        if (opening == 0m)
            return RiskDecision.Approve(proposal.Quantity);
        var held = adding ? existing : 0m;

        if (_killSwitch.IsLatched)
            return Deny(closing, RiskRule.KillSwitch,
                $"drawdown {RiskText.Percent(_killSwitch.LatchedDrawdown)} reached kill-switch limit {RiskText.Percent(_killSwitch.LimitFraction)}; new risk halted until reset");
        if (_dailyLoss.IsBreached)
            return Deny(closing, RiskRule.DailyLoss,
                $"daily loss {RiskText.Percent(_dailyLoss.BreachLossFraction)} reached limit {RiskText.Percent(_dailyLoss.LimitFraction)}; new risk halted until 00:00 UTC");
        if (held == 0m && account.OthersOpen >= _options.MaxOpenPositions)
            return Deny(closing, RiskRule.MaxOpenPositions,
                $"open positions {account.OthersOpen} already at limit {_options.MaxOpenPositions}");

        var caps = new LimitCaps(snapshot.Equity, opening);
        caps.Consider(RiskRule.MaxPosition, _options.MaxPositionFraction, held * proposal.Price, proposal.Price);
        var openRisk = account.OthersRisk + (held > 0m ? account.ExistingRisk : 0m);
        caps.Consider(RiskRule.MaxPortfolioRisk, _options.MaxPortfolioRiskFraction, openRisk, proposal.RiskPerUnit);
        caps.Consider(RiskRule.CorrelatedExposure, _options.MaxCorrelatedExposureFraction, held * proposal.Price + account.Correlated, proposal.Price);
        caps.Consider(RiskRule.MaxLeverage, _options.MaxLeverage, account.OthersGross + held * proposal.Price, proposal.Price);
        if (caps.Binding == RiskRule.None)
            return RiskDecision.Approve(proposal.Quantity);

        var reason = Describe(caps, proposal, snapshot);
        var allowed = proposal.Lot.RoundDown(caps.Allowed);
        if (allowed <= 0m)
            return Deny(closing, caps.Binding, reason);
        var quantity = closing + allowed;
        return RiskDecision.Reduce(quantity, caps.Binding, $"{reason}; reduced to {RiskText.Quantity(quantity)}");
    }

    private static RiskDecision Deny(decimal closing, RiskRule rule, string reason) =>
        closing > 0m
            ? RiskDecision.Reduce(closing, rule, $"{reason}; only the closing {RiskText.Quantity(closing)} approved")
            : RiskDecision.Reject(rule, reason);

    private string Describe(in LimitCaps caps, in OrderProposal proposal, ExposureSnapshot snapshot)
    {
        var used = RiskText.Percent(caps.RequestedFraction);
        var limit = RiskText.Percent(caps.LimitFraction);
        return caps.Binding switch
        {
            RiskRule.MaxPosition => $"position {used} of equity exceeds limit {limit}",
            RiskRule.MaxPortfolioRisk => $"portfolio risk to stops {used} of equity exceeds limit {limit}",
            RiskRule.CorrelatedExposure =>
                $"correlated exposure {used} of equity ({AccountExposure.CorrelatedNames(proposal, snapshot, _correlations, _options.CorrelationThreshold)}) exceeds limit {limit}",
            _ => $"leverage {RiskText.Times(caps.RequestedFraction)} exceeds limit {RiskText.Times(caps.LimitFraction)}",
        };
    }
}
