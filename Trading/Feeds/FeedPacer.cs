namespace SmartMarket.Trading.Feeds;

/// <summary>
/// Keeps a feed's market clock at <c>speed</c> times the real clock: waits when the market runs ahead. A speed of 0
/// (or infinity) never waits, for tests and benchmarks. Waits only when ahead by more than a few milliseconds, so
/// a fast feed sleeps in batches instead of once per trade.
/// </summary>
public sealed class FeedPacer
{
    private static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(5);
    private readonly double _speed;
    private readonly TimeProvider _clock;
    private DateTime _marketStart;
    private long _realStart;
    private bool _started;

    /// <param name="speed">Market seconds per real second; 0 or infinity for no pacing.</param>
    /// <param name="clock">The real clock.</param>
    public FeedPacer(double speed, TimeProvider clock)
    {
        if (double.IsNaN(speed) || speed < 0)
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "speed must be 0 (unpaced) or positive");
        ArgumentNullException.ThrowIfNull(clock);
        _speed = double.IsPositiveInfinity(speed) ? 0 : speed;
        _clock = clock;
    }

    /// <summary>Completes when the real clock has caught up with <paramref name="marketTime"/>.</summary>
    public ValueTask WaitUntilAsync(DateTime marketTime, CancellationToken cancellationToken)
    {
        if (_speed == 0)
            return ValueTask.CompletedTask;
        if (!_started)
        {
            _started = true;
            _marketStart = marketTime;
            _realStart = _clock.GetTimestamp();
            return ValueTask.CompletedTask;
        }
        var due = TimeSpan.FromTicks((long)((marketTime - _marketStart).Ticks / _speed));
        var ahead = due - _clock.GetElapsedTime(_realStart);
        return ahead > Slack ? new ValueTask(Task.Delay(ahead, _clock, cancellationToken)) : ValueTask.CompletedTask;
    }
}
