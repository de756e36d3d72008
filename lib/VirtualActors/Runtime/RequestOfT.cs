using System.Runtime.CompilerServices;
using System.Threading.Tasks.Sources;

namespace VirtualActors.Runtime;

/// <summary>
/// A grain call with a result of <typeparamref name="TResult"/>. It is also the awaitable the caller holds: the
/// proxy returns a <see cref="ValueTask{TResult}"/> over this object, so a call allocates nothing once the pool is warm.
/// </summary>
public abstract class Request<TResult> : Request, IValueTaskSource<TResult>, IValueTaskSource
{
    private ManualResetValueTaskSourceCore<TResult> _core;
    private TResult? _result;
    private Exception? _error;
    private int _completed;
    private int _owners;

    /// <summary>Calls the grain method with the arguments held in the generated subclass.</summary>
    protected abstract ValueTask<TResult> InvokeCore(object grain);

    /// <summary>Drops argument references so a pooled request keeps nothing alive.</summary>
    protected abstract void ClearArguments();

    protected abstract void ReturnToPool();

    internal ValueTask<TResult> Start()
    {
        Prepare();
        return new ValueTask<TResult>(this, _core.Version);
    }

    internal ValueTask StartVoid()
    {
        Prepare();
        return new ValueTask(this, _core.Version);
    }

    private void Prepare()
    {
        _owners = 2;
        _completed = 0;
    }

    internal override ValueTask RunAsync(object grain)
    {
        ValueTask<TResult> pending;
        try
        {
            pending = InvokeCore(grain);
        }
        catch (Exception e)
        {
            _error = e;
            return default;
        }
        if (pending.IsCompletedSuccessfully)
        {
            _result = pending.Result;
            return default;
        }
        return AwaitAsync(pending);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask AwaitAsync(ValueTask<TResult> pending)
    {
        try
        {
            _result = await pending.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _error = e;
        }
    }

    internal override void Publish()
    {
        if (Interlocked.Exchange(ref _completed, 1) != 0)
            return;
        if (_error is null)
            _core.SetResult(_result!);
        else
            _core.SetException(_error);
    }

    internal override void Fail(Exception error)
    {
        if (Interlocked.Exchange(ref _completed, 1) == 0)
            _core.SetException(error);
    }

    internal override void ReleaseExecutor() => Release();

    public TResult GetResult(short token)
    {
        try
        {
            return _core.GetResult(token);
        }
        finally
        {
            Release();
        }
    }

    void IValueTaskSource.GetResult(short token) => GetResult(token);

    public ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);

    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);

    private void Release()
    {
        if (Interlocked.Decrement(ref _owners) != 0)
            return;
        _core.Reset();
        _result = default;
        _error = null;
        Target = null;
        Caller = null;
        Deadline = long.MaxValue;
        ClearArguments();
        ReturnToPool();
    }
}
