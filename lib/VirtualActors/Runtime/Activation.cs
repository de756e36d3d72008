using VirtualActors.Metrics;

namespace VirtualActors.Runtime;

/// <summary>
/// One live instance of a grain: its mailbox and turn scheduling. A call to an idle activation runs inline on the
/// caller's thread (no queue, no thread hop); otherwise it waits in the mailbox in arrival order. A non-reentrant
/// activation runs one turn at a time; a reentrant one starts calls while others await. Calls that interleave but
/// cannot run inline go through a start queue drained by one work item, so they start in the order they arrived.
/// </summary>
internal sealed partial class Activation : IGrainContext, IMessageTarget, IThreadPoolWorkItem
{
    private const int MaxInlineDepth = 8;

    [ThreadStatic]
    private static int t_inlineDepth;

    private readonly Lock _lock = new();
    private readonly Queue<Request> _mailbox = new();
    private readonly bool _inline;
    private List<Request>? _forward;
    private Queue<Request>? _starts;
    private Starter? _starter;
    private bool _starterActive;
    private ActivationStatus _status;
    private int _running;
    private Request? _current;
    private bool _deactivateRequested;
    private long _lastActive;
    private object? _grain;
    private ExecutionContext? _rootContext;

    public Activation(GrainRuntime runtime, GrainId grainId, GrainClass grainClass, WorkerPool? pool)
    {
        Runtime = runtime;
        GrainId = grainId;
        Class = grainClass;
        Pool = pool;
        Metrics = runtime.Metrics.For(grainClass.Name);
        RootFrame = new CallFrame(this, null);
        _inline = pool is null && runtime.Options.InlineIdleCalls;
        _lastActive = runtime.TimeProvider.GetTimestamp();
    }

    public GrainRuntime Runtime { get; }

    public GrainId GrainId { get; }

    public GrainClass Class { get; }

    public WorkerPool? Pool { get; }

    public GrainTypeMetrics Metrics { get; }

    public CallFrame RootFrame { get; }

    public IGrainFactory GrainFactory => Runtime;

    public IServiceProvider Services => Runtime.Services;

    public TimeProvider TimeProvider => Runtime.TimeProvider;

    internal object GrainInstance => _grain!;

    /// <summary>Turns in flight plus calls waiting; used by worker pools to pick the least busy worker.</summary>
    internal int Load => _running + _mailbox.Count;

    internal int MailboxDepth => _mailbox.Count;

    internal bool IsIdle => _status == ActivationStatus.Active && _running == 0 && _mailbox.Count == 0;

    public bool TryEnqueue(Request request, bool allowInline)
    {
        request.Target = this;
        var start = false;
        var activate = false;
        var scheduleStarter = false;
        DeadlockException? deadlock = null;
        lock (_lock)
        {
            if (_status == ActivationStatus.Deactivated)
                return false;
            if (_status == ActivationStatus.Deactivating)
            {
                (_forward ??= []).Add(request);
                return true;
            }
            var interleaves = Class.Reentrant || request.Info.AlwaysInterleave;
            if (!interleaves && _running > 0 && request.Caller is { } caller && caller.Contains(this))
                deadlock = NewDeadlock(request, caller);
            else if (_status == ActivationStatus.Active && interleaves)
            {
                _running++;
                // Runs inline only when no earlier interleaving call is still waiting to start.
                if (!_starterActive && allowInline && _inline && t_inlineDepth < MaxInlineDepth)
                    start = true;
                else
                    scheduleStarter = QueueStart(request);
            }
            else if (_status == ActivationStatus.Active && _running == 0 && _mailbox.Count == 0)
            {
                _running++;
                start = true;
            }
            else
            {
                _mailbox.Enqueue(request);
                if (_status == ActivationStatus.Created)
                {
                    _status = ActivationStatus.Activating;
                    activate = true;
                }
            }
        }
        if (deadlock is not null)
        {
            request.Fail(deadlock);
            request.ReleaseExecutor();
        }
        else if (start)
        {
            if (allowInline && _inline && t_inlineDepth < MaxInlineDepth)
                RunInline(request);
            else
                ThreadPool.UnsafeQueueUserWorkItem(request, preferLocal: false);
        }
        else if (activate)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
        else if (scheduleStarter)
        {
            ThreadPool.UnsafeQueueUserWorkItem(_starter!, preferLocal: false);
        }
        return true;
    }

    /// <summary>Adds a request (already counted as running) to the start queue; true when the caller must schedule the drain.</summary>
    /// <remarks>Called with the lock held.</remarks>
    private bool QueueStart(Request request)
    {
        (_starts ??= new Queue<Request>()).Enqueue(request);
        _starter ??= new Starter(this);
        if (_starterActive)
            return false;
        _starterActive = true;
        return true;
    }

    /// <summary>Starts queued interleaving calls one after another, each up to its first await, in arrival order.</summary>
    private void DrainStarts()
    {
        var saved = CallFrame.Current.Value;
        while (true)
        {
            Request request;
            lock (_lock)
            {
                if (_starts is not { Count: > 0 })
                {
                    _starterActive = false;
                    break;
                }
                request = _starts.Dequeue();
            }
            var pending = StartTurn(request);
            if (!pending.IsCompleted)
            {
                _ = FinishAsync(pending, request);
                continue;
            }
            // The next mailbox call cannot interleave; it runs on its own so that later starts are not held up.
            if (EndTurn(request) is { } next)
                ThreadPool.UnsafeQueueUserWorkItem(next, preferLocal: false);
        }
        CallFrame.Current.Value = saved;
    }

    private sealed class Starter(Activation activation) : IThreadPoolWorkItem
    {
        public void Execute() => activation.DrainStarts();
    }

    public void ForEachActivation(Action<Activation> action) => action(this);

    public void DeactivateOnIdle()
    {
        lock (_lock)
            _deactivateRequested = true;
    }

    /// <summary>Runs a request that was counted as running and queued on the thread pool, then drains the mailbox.</summary>
    internal void RunScheduled(Request request)
    {
        var saved = CallFrame.Current.Value;
        Request? next = request;
        while (next is not null)
        {
            var pending = StartTurn(next);
            if (!pending.IsCompleted)
            {
                _ = FinishAsync(pending, next);
                break;
            }
            next = EndTurn(next);
        }
        CallFrame.Current.Value = saved;
    }

    private void RunInline(Request request)
    {
        var saved = CallFrame.Current.Value;
        t_inlineDepth++;
        try
        {
            var pending = StartTurn(request);
            if (!pending.IsCompleted)
            {
                _ = FinishAsync(pending, request);
                return;
            }
            // The caller is waiting on this thread: hand further queued work to the pool.
            if (EndTurn(request) is { } next)
                ThreadPool.UnsafeQueueUserWorkItem(next, preferLocal: false);
        }
        finally
        {
            t_inlineDepth--;
            CallFrame.Current.Value = saved;
        }
    }

    private ValueTask StartTurn(Request request)
    {
        if (!Class.Reentrant)
            _current = request;
        if (request.Caller is null && _rootContext is { } root)
        {
            // A call from outside any grain runs in this activation's own context (captured once, holding only its
            // root frame): switching to it allocates nothing, unlike writing the AsyncLocal on every turn.
            ExecutionContext.Run(root, RunInRootContext, request);
            var pending = request.PendingTurn;
            request.PendingTurn = default;
            return pending;
        }
        CallFrame.Current.Value = request.Caller is null ? RootFrame : new CallFrame(this, request.Caller);
        return request.RunAsync(_grain!);
    }

    private static readonly ContextCallback RunInRootContext = static state =>
    {
        var request = (Request)state!;
        request.PendingTurn = request.RunAsync(request.Target!.GrainInstance);
    };

    private async Task FinishAsync(ValueTask pending, Request request)
    {
        await pending.ConfigureAwait(false);
        if (EndTurn(request) is { } next)
            RunScheduled(next);
    }

    /// <summary>Ends a turn, publishes its outcome, and returns the next queued request (already counted as running).</summary>
    private Request? EndTurn(Request request)
    {
        var now = Runtime.TimeProvider.GetTimestamp();
        Request? next = null;
        var deactivate = false;
        lock (_lock)
        {
            _running--;
            _current = null;
            _lastActive = now;
            if (_running == 0)
            {
                if (_deactivateRequested)
                {
                    _status = ActivationStatus.Deactivating;
                    deactivate = true;
                }
                else if (_mailbox.Count > 0)
                {
                    next = _mailbox.Dequeue();
                    _running++;
                }
            }
        }
        Metrics.RecordCall(now - request.EnqueuedAt);
        request.Publish();
        request.ReleaseExecutor();
        if (deactivate)
            _ = DeactivateAsync(DeactivationReason.Requested);
        return next;
    }

    private DeadlockException NewDeadlock(Request request, CallFrame caller) => new(
        $"deadlock: {request.Info} on {GrainId} was called from a chain that already waits on it " +
        $"({caller.Describe()} -> {GrainId}); mark the class [Reentrant] or the method [AlwaysInterleave] if this is intended");
}
