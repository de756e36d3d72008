namespace VirtualActors.Runtime;

/// <summary>
/// The activations of one stateless-worker key: a call goes to an idle worker, else to a new worker while the pool is
/// below its size, else to the least loaded worker. Workers never run calls inline, so callers get parallelism.
/// </summary>
internal sealed class WorkerPool(GrainRuntime runtime, GrainId grainId, GrainClass grainClass) : IMessageTarget
{
    private readonly Lock _lock = new();
    private readonly int _size = grainClass.MaxWorkers > 0 ? grainClass.MaxWorkers : Environment.ProcessorCount;
    private Activation[] _workers = [];

    public bool TryEnqueue(Request request, bool allowInline)
    {
        while (true)
        {
            var worker = Pick();
            if (worker.TryEnqueue(request, allowInline: false))
                return true;
            Remove(worker);
        }
    }

    public void ForEachActivation(Action<Activation> action)
    {
        foreach (var w in Volatile.Read(ref _workers))
            action(w);
    }

    internal int Count => Volatile.Read(ref _workers).Length;

    internal void Remove(Activation worker)
    {
        lock (_lock)
        {
            var i = Array.IndexOf(_workers, worker);
            if (i < 0)
                return;
            var copy = new Activation[_workers.Length - 1];
            Array.Copy(_workers, 0, copy, 0, i);
            Array.Copy(_workers, i + 1, copy, i, copy.Length - i);
            _workers = copy;
        }
    }

    private Activation Pick()
    {
        var workers = Volatile.Read(ref _workers);
        Activation? best = null;
        var bestLoad = int.MaxValue;
        foreach (var w in workers)
        {
            var load = w.Load;
            if (load == 0 && w.IsIdle)
                return w;
            if (load < bestLoad)
            {
                best = w;
                bestLoad = load;
            }
        }
        if (best is not null && workers.Length >= _size)
            return best;
        lock (_lock)
        {
            if (_workers.Length >= _size)
                return best ?? _workers[0];
            var worker = new Activation(runtime, grainId, grainClass, this);
            _workers = [.. _workers, worker];
            return worker;
        }
    }
}
