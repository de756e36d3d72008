namespace SmartMarket.Trading.Execution;

/// <summary>
/// A <see cref="TimeProvider"/> that only moves when told to, for backtests and tests. It never moves backwards,
/// so an order stamped with it can never be filled by a price from before its decision.
/// </summary>
public sealed class SimulatedClock : TimeProvider
{
    private DateTime _now;

    public SimulatedClock(DateTime start)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual((int)start.Kind, (int)DateTimeKind.Utc, nameof(start));
        _now = start;
    }

    /// <summary>The current simulated time (UTC).</summary>
    public DateTime UtcNow => _now;

    /// <summary>Moves the clock to <paramref name="time"/>, which must be UTC and not before the current time.</summary>
    public void AdvanceTo(DateTime time)
    {
        if (time.Kind != DateTimeKind.Utc)
            throw new ArgumentException($"time must be UTC, was {time.Kind}", nameof(time));
        if (time < _now)
            throw new ArgumentOutOfRangeException(nameof(time), time, $"the clock cannot go back from {_now:O}");
        _now = time;
    }

    public override DateTimeOffset GetUtcNow() => new(_now, TimeSpan.Zero);
}
