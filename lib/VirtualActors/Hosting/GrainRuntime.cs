using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using VirtualActors.Metrics;
using VirtualActors.Reminders;
using VirtualActors.Runtime;
using VirtualActors.Storage;
using VirtualActors.Streams;

namespace VirtualActors;

/// <summary>
/// One silo: the directory of activations (at most one per grain identity), message dispatch, storage, reminders,
/// streams, idle collection, call timeouts and metrics. It is also the process's <see cref="IGrainFactory"/>.
/// </summary>
public sealed class GrainRuntime : IGrainFactory, IAsyncDisposable
{
    private readonly ConcurrentDictionary<GrainId, IMessageTarget> _directory = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly long _defaultTimeoutTicks;
    private ITimer? _collector;
    private ITimer? _timeouts;
    private int _state;

    public GrainRuntime(RuntimeOptions options, IServiceProvider? services = null, TimeProvider? timeProvider = null, ILogger<GrainRuntime>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        Services = services ?? EmptyServices.Instance;
        TimeProvider = timeProvider ?? TimeProvider.System;
        Log = logger ?? (ILogger)NullLogger.Instance;
        _defaultTimeoutTicks = (long)(options.ResponseTimeout.TotalSeconds * TimeProvider.TimestampFrequency);
        Metrics = new RuntimeMetrics(TimeProvider.TimestampFrequency);
        Reminders = new ReminderService(this, options.ReminderTable ?? new MemoryReminderTable());
        Streams = new StreamProvider(this);
    }

    public RuntimeOptions Options { get; }

    public IServiceProvider Services { get; }

    public TimeProvider TimeProvider { get; }

    public RuntimeMetrics Metrics { get; }

    public IStreamProvider Streams { get; }

    internal ILogger Log { get; }

    internal ReminderService Reminders { get; }

    internal CancellationToken StoppingToken => _stopping.Token;

    /// <summary>Live activations in this silo (stateless workers counted one by one).</summary>
    public int ActivationCount
    {
        get
        {
            var n = 0;
            foreach (var t in _directory.Values)
                t.ForEachActivation(_ => n++);
            return n;
        }
    }

    /// <summary>Loads reminders and starts idle collection and timeout checks.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
            throw new InvalidOperationException("the runtime was already started");
        await Reminders.StartAsync(cancellationToken).ConfigureAwait(false);
        _collector = TimeProvider.CreateTimer(static s => ((GrainRuntime)s!).CollectIdle(), this, Options.CollectionQuantum, Options.CollectionQuantum);
        _timeouts = TimeProvider.CreateTimer(static s => ((GrainRuntime)s!).ExpireOverdue(), this, Options.TimeoutCheckInterval, Options.TimeoutCheckInterval);
    }

    /// <summary>Stops timers and reminders and deactivates every activation (waiting for running turns to end).</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _state, 2) == 2)
            return;
        _collector?.Dispose();
        _timeouts?.Dispose();
        await Reminders.DisposeAsync().ConfigureAwait(false);
        var count = 0;
        var deadline = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(Options.ShutdownTimeout.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        while (!_directory.IsEmpty && !cancellationToken.IsCancellationRequested)
        {
            if (System.Diagnostics.Stopwatch.GetTimestamp() > deadline)
            {
                AbandonAll();
                break;
            }
            var pending = new List<Task>();
            foreach (var target in _directory.Values)
            {
                target.ForEachActivation(a =>
                {
                    if (a.TryBeginShutdown(out var done))
                    {
                        pending.Add(done);
                        count++;
                        Forget(a);
                    }
                });
            }
            await Task.WhenAll(pending).ConfigureAwait(false);
            if (pending.Count == 0)
                await Task.Delay(10, cancellationToken).ConfigureAwait(false);
            PruneEmptyPools();
        }
        _stopping.Cancel();
        Log.Stopped(count);
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    public TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(key);
        var (factory, grainClass) = InterfaceBinding<TGrain>.Get();
        return factory(this, new GrainId(grainClass.Name, key), grainClass);
    }

    public TGrain GetGrain<TGrain>(Guid key) where TGrain : IGrainWithGuidKey
    {
        var (factory, grainClass) = InterfaceBinding<TGrain>.Get();
        return factory(this, GrainId.Create(grainClass.Name, key), grainClass);
    }

    public TGrain GetGrain<TGrain>(long key) where TGrain : IGrainWithIntegerKey
    {
        var (factory, grainClass) = InterfaceBinding<TGrain>.Get();
        return factory(this, GrainId.Create(grainClass.Name, key), grainClass);
    }

    public TGrain GetGrain<TGrain>(GrainId id) where TGrain : IGrain
    {
        var grainClass = GrainTypeRegistry.GetClass(id.Type);
        if (!grainClass.Implements(typeof(TGrain)))
            throw new InvalidOperationException($"grain class {grainClass.ClassType} (type '{id.Type}') does not implement {typeof(TGrain)}");
        return GrainTypeRegistry.GetProxyFactory<TGrain>()(this, id, grainClass);
    }

    /// <summary>The current figures; rates and percentiles cover the time since the previous call.</summary>
    public RuntimeMetricsSnapshot GetMetrics()
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var target in _directory.Values)
        {
            target.ForEachActivation(a =>
            {
                if (a.MailboxDepth > 0)
                    depth[a.Class.Name] = depth.GetValueOrDefault(a.Class.Name) + a.MailboxDepth;
            });
        }
        return Metrics.Snapshot(TimeProvider.GetUtcNow(), depth);
    }

    /// <summary>Gives up on activations whose turns did not end within the shutdown timeout.</summary>
    private void AbandonAll()
    {
        foreach (var target in _directory.Values)
        {
            target.ForEachActivation(a =>
            {
                Log.Abandoned(a.GrainId, Options.ShutdownTimeout);
                a.Abandon(new ObjectDisposedException(nameof(GrainRuntime), $"the silo stopped before {a.GrainId} could answer"));
                Forget(a);
            });
        }
        _directory.Clear();
    }

    internal void Send(Request request, GrainId id, GrainClass grainClass, ref IMessageTarget? target)
    {
        request.Caller = CallFrame.Current.Value;
        var now = TimeProvider.GetTimestamp();
        request.EnqueuedAt = now;
        var seconds = request.Info.TimeoutSeconds;
        request.Deadline = now + (seconds > 0 ? (long)(seconds * TimeProvider.TimestampFrequency) : _defaultTimeoutTicks);
        var t = target;
        while (true)
        {
            t ??= target = Resolve(id, grainClass);
            if (t.TryEnqueue(request, allowInline: true))
                return;
            t = null;
        }
    }

    internal ValueTask Deliver(Request<VoidResult> request, GrainId id, GrainClass grainClass)
    {
        var pending = request.StartVoid();
        IMessageTarget? target = null;
        Send(request, id, grainClass, ref target);
        return pending;
    }

    /// <summary>Sends a queued call again after its activation went away; never runs it inline (the caller holds a lock).</summary>
    internal void Redeliver(Request request)
    {
        var old = request.Target!;
        try
        {
            while (!Resolve(old.GrainId, old.Class).TryEnqueue(request, allowInline: false))
            {
            }
        }
        catch (ObjectDisposedException stopped)
        {
            // The silo stopped while this call waited for the next activation: answer it rather than drop it.
            request.Fail(stopped);
            request.ReleaseExecutor();
        }
    }

    internal IMessageTarget Resolve(GrainId id, GrainClass grainClass)
    {
        if (_state == 2)
            throw new ObjectDisposedException(nameof(GrainRuntime), $"the silo is stopped; cannot call {id}");
        if (_directory.TryGetValue(id, out var existing))
            return existing;
        return _directory.GetOrAdd(id, static (key, s) => s.Class.IsStatelessWorker
            ? new WorkerPool(s.Runtime, key, s.Class)
            : new Activation(s.Runtime, key, s.Class, null), (Runtime: this, Class: grainClass));
    }

    internal void Forget(Activation activation)
    {
        if (activation.Pool is { } pool)
            pool.Remove(activation);
        else
            _directory.TryRemove(new KeyValuePair<GrainId, IMessageTarget>(activation.GrainId, activation));
    }

    internal IGrainStorage GetStorage(string? name)
    {
        if (Options.Storage.TryGetValue(name ?? RuntimeOptions.DefaultStorageName, out var storage))
            return storage;
        if (name is not null && Options.Storage.TryGetValue(RuntimeOptions.DefaultStorageName, out storage))
            return storage;
        throw new InvalidOperationException(
            $"no grain storage named '{name ?? RuntimeOptions.DefaultStorageName}' is configured (RuntimeOptions.Storage)");
    }

    private void CollectIdle()
    {
        var now = TimeProvider.GetTimestamp();
        foreach (var target in _directory.Values)
        {
            target.ForEachActivation(a =>
            {
                var age = a.Class.CollectionAgeMinutes > 0 ? TimeSpan.FromMinutes(a.Class.CollectionAgeMinutes) : Options.CollectionAge;
                a.CollectIfIdle(now, (long)(age.TotalSeconds * TimeProvider.TimestampFrequency));
            });
        }
        PruneEmptyPools();
    }

    private void PruneEmptyPools()
    {
        foreach (var (id, target) in _directory)
        {
            if (target is WorkerPool { Count: 0 })
                _directory.TryRemove(new KeyValuePair<GrainId, IMessageTarget>(id, target));
        }
    }

    private void ExpireOverdue()
    {
        var now = TimeProvider.GetTimestamp();
        foreach (var target in _directory.Values)
            target.ForEachActivation(a => a.ExpireOverdue(now));
    }

    /// <summary>The proxy factory and grain class behind one grain interface, found once per interface type.</summary>
    private static class InterfaceBinding<TGrain> where TGrain : IGrain
    {
        private static (Func<GrainRuntime, GrainId, GrainClass, TGrain>, GrainClass)? _binding;

        public static (Func<GrainRuntime, GrainId, GrainClass, TGrain> Factory, GrainClass Class) Get() =>
            _binding ??= (GrainTypeRegistry.GetProxyFactory<TGrain>(), GrainTypeRegistry.FindImplementation(typeof(TGrain)));
    }
}
