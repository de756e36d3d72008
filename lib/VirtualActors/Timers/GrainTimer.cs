using VirtualActors.Runtime;

namespace VirtualActors;

/// <summary>
/// A grain timer. Each tick enqueues this object itself as a turn of the owning activation, so a timer callback never
/// overlaps another turn of a non-reentrant grain. At most one tick is pending at a time: late ticks are skipped.
/// </summary>
internal sealed class GrainTimer : Request, IGrainTimer
{
    private static readonly RequestInfo TimerInfo = new("timer", "Tick", AlwaysInterleave: false, TimeoutSeconds: 0);

    private readonly Activation _owner;
    private readonly Func<CancellationToken, Task> _callback;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _stopping = new();
    private int _pending;

    public GrainTimer(Activation owner, Func<CancellationToken, Task> callback)
    {
        _owner = owner;
        _callback = callback;
        _timer = owner.TimeProvider.CreateTimer(static s => ((GrainTimer)s!).Tick(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public override RequestInfo Info => TimerInfo;

    public void Change(TimeSpan dueTime, TimeSpan period) => _timer.Change(dueTime, period);

    public void Dispose()
    {
        _owner.RemoveTimer(this);
        Stop();
    }

    internal void Stop()
    {
        _timer.Dispose();
        _stopping.Cancel();
    }

    private void Tick()
    {
        if (_stopping.IsCancellationRequested || Interlocked.Exchange(ref _pending, 1) == 1)
            return;
        EnqueuedAt = _owner.Runtime.TimeProvider.GetTimestamp();
        Caller = null;
        if (!_owner.TryEnqueue(this, allowInline: false))
            Stop();
    }

    internal override async ValueTask RunAsync(object grain)
    {
        try
        {
            await _callback(_stopping.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            if (!_stopping.IsCancellationRequested)
                _owner.Runtime.Log.TimerFailed(e, _owner.GrainId);
        }
    }

    internal override void Publish() => Volatile.Write(ref _pending, 0);

    internal override void Fail(Exception error) => Volatile.Write(ref _pending, 0);

    internal override void ReleaseExecutor()
    {
    }
}
