using VirtualActors.Storage;

namespace VirtualActors.Runtime;

internal sealed partial class Activation
{
    private List<IStateLoader>? _states;
    private List<GrainTimer>? _timers;

    /// <summary>Creates a persistent state bound to this activation; it is read before OnActivateAsync.</summary>
    internal IPersistentState<TState> GetPersistentState<TState>(string stateName, string? storageName)
        where TState : new()
    {
        var state = new PersistentState<TState>(stateName, GrainId, Runtime.GetStorage(storageName), Runtime.Options.StateSerializerOptions);
        (_states ??= []).Add(state);
        return state;
    }

    void IThreadPoolWorkItem.Execute() => _ = ActivateAsync();

    private async Task ActivateAsync()
    {
        // Runs from the thread pool without a flowed context, so this captures a clean one holding just the root frame.
        CallFrame.Current.Value = RootFrame;
        _rootContext = ExecutionContext.Capture();
        try
        {
            var grain = Class.Create(this);
            if (grain is Grain g)
                g.Attach(this);
            _grain = grain;
            if (_states is not null)
            {
                foreach (var state in _states)
                    await state.LoadAsync().ConfigureAwait(false);
            }
            if (grain is Grain hosted)
                await hosted.OnActivateAsync(Runtime.StoppingToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            Runtime.Log.ActivationFailed(e, GrainId);
            FailActivation(e);
            return;
        }
        finally
        {
            CallFrame.Current.Value = null;
        }
        Metrics.ActivationStarted();
        var scheduleStarter = false;
        lock (_lock)
        {
            _status = ActivationStatus.Active;
            _lastActive = Runtime.TimeProvider.GetTimestamp();
            // Calls that queued while activating: the first starts; so do all that may interleave (every call of
            // a reentrant grain, AlwaysInterleave calls anywhere in the queue); the rest keep their order. Those
            // that start go through the start queue, which starts them one after another in arrival order.
            var count = _mailbox.Count;
            for (var i = 0; i < count; i++)
            {
                var r = _mailbox.Dequeue();
                if (_running == 0 || Class.Reentrant || r.Info.AlwaysInterleave)
                {
                    _running++;
                    scheduleStarter |= QueueStart(r);
                }
                else
                {
                    _mailbox.Enqueue(r);
                }
            }
        }
        if (scheduleStarter)
            ThreadPool.UnsafeQueueUserWorkItem(_starter!, preferLocal: false);
    }

    /// <summary>Shutdown gave up on this activation: queued calls fail, the running turn's caller gets the error.</summary>
    internal void Abandon(Exception error)
    {
        Request? running;
        lock (_lock)
            running = _current;
        StopTimers();
        running?.Fail(error);
        FailActivation(error);
    }

    private void FailActivation(Exception error)
    {
        Request[] waiting;
        lock (_lock)
        {
            _status = ActivationStatus.Deactivated;
            waiting = [.. _mailbox, .. _starts ?? []];
            _mailbox.Clear();
            _starts?.Clear();
        }
        Runtime.Forget(this);
        foreach (var r in waiting)
        {
            r.Fail(error);
            r.ReleaseExecutor();
        }
    }

    /// <summary>Starts idle collection if this activation has had nothing to do for longer than its age limit.</summary>
    internal void CollectIfIdle(long now, long ageTicks)
    {
        lock (_lock)
        {
            if (_status != ActivationStatus.Active || _running != 0 || _mailbox.Count != 0 || now - _lastActive < ageTicks)
                return;
            _status = ActivationStatus.Deactivating;
        }
        _ = DeactivateAsync(DeactivationReason.Idle);
    }

    /// <summary>Starts deactivation at shutdown once the activation is idle; returns false while it is busy.</summary>
    internal bool TryBeginShutdown(out Task deactivated)
    {
        lock (_lock)
        {
            if (_status is ActivationStatus.Created or ActivationStatus.Deactivated)
            {
                _status = ActivationStatus.Deactivated;
                deactivated = Task.CompletedTask;
                return true;
            }
            if (_status != ActivationStatus.Active || _running != 0)
            {
                deactivated = Task.CompletedTask;
                return false;
            }
            _status = ActivationStatus.Deactivating;
        }
        deactivated = DeactivateAsync(DeactivationReason.ShuttingDown);
        return true;
    }

    /// <summary>Runs OnDeactivateAsync (status is already Deactivating and no turn runs), then hands queued calls to a new activation.</summary>
    private async Task DeactivateAsync(DeactivationReason reason)
    {
        StopTimers();
        var saved = CallFrame.Current.Value;
        CallFrame.Current.Value = RootFrame;
        try
        {
            if (_grain is Grain g)
                await g.OnDeactivateAsync(reason, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            Runtime.Log.DeactivationFailed(e, GrainId);
        }
        finally
        {
            CallFrame.Current.Value = saved;
        }
        Metrics.ActivationStopped();
        Runtime.Forget(this);
        lock (_lock)
        {
            _status = ActivationStatus.Deactivated;
            // Forward while holding the lock so that later arrivals (which now see Deactivated and resolve
            // anew) cannot overtake calls that arrived earlier.
            while (_mailbox.Count > 0)
                Runtime.Redeliver(_mailbox.Dequeue());
            if (_forward is not null)
            {
                foreach (var r in _forward)
                    Runtime.Redeliver(r);
                _forward = null;
            }
        }
    }

    /// <summary>Fails queued calls whose deadline passed, and the running call if it overran.</summary>
    internal void ExpireOverdue(long now)
    {
        List<Request>? expired = null;
        Request? overran = null;
        lock (_lock)
        {
            while (_mailbox.Count > 0 && _mailbox.Peek().Deadline < now)
                (expired ??= []).Add(_mailbox.Dequeue());
            if (_current is { } running && running.Deadline < now)
                overran = running;
        }
        if (expired is not null)
        {
            foreach (var r in expired)
            {
                r.Fail(NewTimeout(r, waiting: true));
                r.ReleaseExecutor();
            }
        }
        // The running turn keeps going; its caller stops waiting and its late result is dropped.
        overran?.Fail(NewTimeout(overran, waiting: false));
    }

    private GrainCallTimeoutException NewTimeout(Request r, bool waiting) => new(
        $"{r.Info} on {GrainId} got no response within {TimeSpan.FromSeconds((double)(r.Deadline - r.EnqueuedAt) / Runtime.TimeProvider.TimestampFrequency)} " +
        (waiting ? "(still queued behind other calls)" : "(the call is still running)"));

    internal GrainTimer RegisterTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new GrainTimer(this, callback);
        lock (_lock)
            (_timers ??= []).Add(timer);
        timer.Change(dueTime, period);
        return timer;
    }

    internal void RemoveTimer(GrainTimer timer)
    {
        lock (_lock)
            _timers?.Remove(timer);
    }

    private void StopTimers()
    {
        GrainTimer[] timers;
        lock (_lock)
        {
            if (_timers is null)
                return;
            timers = [.. _timers];
            _timers = null;
        }
        foreach (var t in timers)
            t.Stop();
    }

    internal Task<IGrainReminder> RegisterReminderAsync(string name, TimeSpan dueTime, TimeSpan period)
    {
        if (_grain is not IRemindable)
            throw new InvalidOperationException($"grain {GrainId} registers reminder '{name}' but does not implement IRemindable");
        return Runtime.Reminders.RegisterAsync(GrainId, name, dueTime, period);
    }

    internal Task UnregisterReminderAsync(IGrainReminder reminder) => Runtime.Reminders.UnregisterAsync(GrainId, reminder.ReminderName);

    internal Task<IGrainReminder?> GetReminderAsync(string name) => Runtime.Reminders.GetAsync(GrainId, name);
}
