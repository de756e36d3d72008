namespace VirtualActors.Testing;

/// <summary>
/// A clock that moves only when told to. Timers created from it fire synchronously inside <see cref="Advance"/>, in due
/// order, so tests of timers, reminders, collection and timeouts need no sleeps.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;
    private long _elapsedTicks;

    public ManualTimeProvider()
        : this(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
            return _now;
    }

    public override long GetTimestamp()
    {
        lock (_lock)
            return _elapsedTicks;
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward, firing every timer that falls due on the way.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        long target;
        lock (_lock)
            target = _elapsedTicks + by.Ticks;
        while (true)
        {
            ManualTimer? next = null;
            lock (_lock)
            {
                foreach (var t in _timers)
                {
                    if (t.DueAt <= target && (next is null || t.DueAt < next.DueAt))
                        next = t;
                }
                if (next is null)
                {
                    _now += TimeSpan.FromTicks(target - _elapsedTicks);
                    _elapsedTicks = target;
                    return;
                }
                _now += TimeSpan.FromTicks(next.DueAt - _elapsedTicks);
                _elapsedTicks = next.DueAt;
                next.Rearm();
            }
            next.Fire();
        }
    }

    internal void Schedule(ManualTimer timer, TimeSpan dueTime)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
                return;
            timer.DueAt = _elapsedTicks + Math.Max(0, dueTime.Ticks);
            _timers.Add(timer);
        }
    }

    internal void Unschedule(ManualTimer timer)
    {
        lock (_lock)
            _timers.Remove(timer);
    }

    /// <summary>A timer of the manual clock.</summary>
    internal sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public long DueAt { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            owner.Schedule(this, dueTime);
            return true;
        }

        /// <summary>Called under the clock's lock: sets the next due time or removes a one-shot timer.</summary>
        public void Rearm()
        {
            if (_period == Timeout.InfiniteTimeSpan || _period <= TimeSpan.Zero)
                owner._timers.Remove(this);
            else
                DueAt += _period.Ticks;
        }

        public void Fire() => callback(state);

        public void Dispose() => owner.Unschedule(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
