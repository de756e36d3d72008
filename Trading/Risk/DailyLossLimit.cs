namespace SmartMarket.Trading.Risk;

/// <summary>
/// Tracks loss within the UTC calendar day. The day's reference is the first equity observed at or after
/// 00:00 UTC. Once the loss reaches the limit the breach holds for the rest of that day, even if equity
/// recovers, so a bad day cannot be traded back by doubling down; the next UTC day starts clean.
/// </summary>
public sealed class DailyLossLimit
{
    private readonly decimal _limitFraction;
    private DateTime _day;
    private DateTime _lastTime;
    private decimal _lastEquity;
    // Equity at or below which the day is breached: start × (1 − limit), so an update compares instead of dividing.
    private decimal _breachLevel;
    private bool _started;

    /// <param name="limitFraction">Loss as a fraction of the day's opening equity that breaches, in (0, 1].</param>
    public DailyLossLimit(decimal limitFraction)
    {
        if (limitFraction <= 0m || limitFraction > 1m)
            throw new ArgumentOutOfRangeException(nameof(limitFraction), limitFraction, "daily loss limit must be in (0, 1]");
        _limitFraction = limitFraction;
    }

    /// <summary>The limit as given, for messages.</summary>
    public decimal LimitFraction => _limitFraction;

    /// <summary>Equity at the first observation of the current UTC day.</summary>
    public decimal DayStartEquity { get; private set; }

    /// <summary>Loss since the day's start as a fraction of <see cref="DayStartEquity"/>; negative on a winning day.</summary>
    public decimal DayLossFraction => !_started ? 0m : DayStartEquity > 0m ? (DayStartEquity - _lastEquity) / DayStartEquity : 1m;

    /// <summary>True from the observation that reached the limit until the next UTC day.</summary>
    public bool IsBreached { get; private set; }

    /// <summary>The day's loss at the observation that breached the limit; 0 while not breached.</summary>
    public decimal BreachLossFraction { get; private set; }

    /// <summary>Feeds one equity observation; times must be UTC and not go backwards. O(1), no division.</summary>
    public void Observe(DateTime time, decimal equity)
    {
        if (time.Kind != DateTimeKind.Utc)
            throw new ArgumentException($"time {time:O} must be UTC (Kind={time.Kind})", nameof(time));
        if (_started && time < _lastTime)
            throw new ArgumentException($"time {time:O} is before the previous observation {_lastTime:O}", nameof(time));
        var day = time.Date;
        if (!_started || day != _day)
        {
            _day = day;
            DayStartEquity = equity;
            _breachLevel = equity * (1m - _limitFraction);
            IsBreached = false;
            BreachLossFraction = 0m;
            _started = true;
        }
        _lastTime = time;
        _lastEquity = equity;
        if (!IsBreached && (equity <= _breachLevel || DayStartEquity <= 0m))
        {
            IsBreached = true;
            BreachLossFraction = DayLossFraction;
        }
    }

    /// <summary>What the limit remembers, for <see cref="Restore"/>.</summary>
    public DailyLossState Save() => new(_started, _day, _lastTime, DayStartEquity, _lastEquity, IsBreached, BreachLossFraction);

    /// <summary>Continues from a saved state, as if the observations behind it had been fed again.</summary>
    /// <exception cref="ArgumentException">The state is not one a limit could be in; nothing changes.</exception>
    public void Restore(DailyLossState state)
    {
        if (!state.Started)
        {
            if (state.Breached || state.DayStartEquity != 0m || state.LastEquity != 0m)
                throw new ArgumentException("daily loss state: a limit that saw no equity has no day and cannot be breached", nameof(state));
        }
        else
        {
            if (state.Day.Kind != DateTimeKind.Utc || state.LastTime.Kind != DateTimeKind.Utc)
                throw new ArgumentException($"daily loss state: day {state.Day:O} and last time {state.LastTime:O} must be UTC", nameof(state));
            if (state.LastTime.Date != state.Day)
                throw new ArgumentException($"daily loss state: day {state.Day:O} must be the midnight of the last time {state.LastTime:O}", nameof(state));
            if (!state.Breached && state.DayStartEquity <= 0m)
                throw new ArgumentException($"daily loss state: a day opening at {state.DayStartEquity} is breached", nameof(state));
        }
        if (state.BreachLossFraction < 0m || !state.Breached && state.BreachLossFraction != 0m)
            throw new ArgumentException($"daily loss state: breach loss {state.BreachLossFraction} must not be negative, and 0 unless breached", nameof(state));
        _started = state.Started;
        _day = state.Day;
        _lastTime = state.LastTime;
        DayStartEquity = state.DayStartEquity;
        _breachLevel = state.DayStartEquity * (1m - _limitFraction);
        _lastEquity = state.LastEquity;
        IsBreached = state.Breached;
        BreachLossFraction = state.BreachLossFraction;
    }
}
