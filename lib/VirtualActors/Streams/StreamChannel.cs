using VirtualActors.Runtime;
using VirtualActors.Storage;

namespace VirtualActors.Streams;

/// <summary>
/// The subscribers of one stream in one silo. Durable grain subscriptions are loaded from storage on first use and
/// written back on every change; publishing reads an immutable array, so it takes no lock.
/// </summary>
internal sealed class StreamChannel(GrainRuntime runtime, StreamId id)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Subscription[] _subscriptions = [];
    private PersistentState<PubSubState>? _store;
    private volatile bool _loaded;

    public StreamId Id { get; } = id;

    public Subscription[] Subscriptions => Volatile.Read(ref _subscriptions);

    public bool IsLoaded => _loaded;

    public async Task EnsureLoadedAsync()
    {
        if (_loaded)
            return;
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_loaded)
                return;
            _store = new PersistentState<PubSubState>(
                "pubsub", new GrainId("pubsub", Id.ToString()), runtime.GetStorage(StreamProvider.StorageName), runtime.Options.StateSerializerOptions);
            await _store.ReadStateAsync().ConfigureAwait(false);
            var list = new List<Subscription>();
            foreach (var c in GrainTypeRegistry.Classes)
            {
                if (c.ImplicitStreamNamespaces is { } namespaces && namespaces.Contains(Id.Namespace))
                    list.Add(new Subscription(Guid.Empty, null, new GrainId(c.Name, Id.Key), c));
            }
            foreach (var r in _store.State.Subscriptions)
                list.Add(new Subscription(r.SubscriptionId, null, new GrainId(r.GrainType, r.GrainKey), GrainTypeRegistry.GetClass(r.GrainType)));
            Volatile.Write(ref _subscriptions, [.. list]);
            _loaded = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<Guid> SubscribeAsync(object observer, Activation? grain)
    {
        await EnsureLoadedAsync().ConfigureAwait(false);
        var id = Guid.NewGuid();
        await ChangeAsync(list =>
        {
            list.Add(grain is null
                ? new Subscription(id, observer, default, null)
                : new Subscription(id, null, grain.GrainId, grain.Class));
        }, durable: grain is not null).ConfigureAwait(false);
        grain?.AttachStreamObserver(id, observer);
        return id;
    }

    public Task UnsubscribeAsync(Guid subscriptionId) =>
        ChangeAsync(list => list.RemoveAll(s => s.Id == subscriptionId), durable: true);

    public void Resume(Guid subscriptionId, object observer)
    {
        var activation = CallFrame.Current.Value?.Activation
            ?? throw new InvalidOperationException("ResumeAsync must be called inside the subscribing grain");
        activation.AttachStreamObserver(subscriptionId, observer);
    }

    private async Task ChangeAsync(Action<List<Subscription>> change, bool durable)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var list = new List<Subscription>(_subscriptions);
            change(list);
            if (durable)
            {
                var records = new List<PubSubRecord>();
                foreach (var s in list)
                {
                    if (s.IsGrain && s.Id != Guid.Empty)
                        records.Add(new PubSubRecord(s.Id, s.Grain.Type, s.Grain.Key));
                }
                _store!.State.Subscriptions = records;
                await _store.WriteStateAsync().ConfigureAwait(false);
            }
            Volatile.Write(ref _subscriptions, [.. list]);
        }
        finally
        {
            _gate.Release();
        }
    }
}
