namespace SmartMarket.Trading.Risk;

/// <summary>
/// What a <see cref="RiskManager"/>'s gates remember: the kill switch's peak and latch and the daily limit's day and
/// breach. A live account stores it with its journal, so that a restart neither unlatches a tripped switch nor forgets
/// the day's loss; the caps need no memory, they are computed from the account at each check.
/// </summary>
public sealed record RiskGateState(DrawdownState Drawdown, DailyLossState DailyLoss);
