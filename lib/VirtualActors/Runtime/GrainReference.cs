namespace VirtualActors.Runtime;

/// <summary>
/// Base class of generated grain proxies. It remembers the activation it last reached, so a call usually goes straight
/// to the target's mailbox without a directory lookup.
/// </summary>
public abstract class GrainReference(GrainRuntime runtime, GrainId grainId, GrainClass grainClass)
{
    private IMessageTarget? _target;

    public GrainId GrainId { get; } = grainId;

    protected ValueTask<TResult> InvokeAsync<TResult>(Request<TResult> request)
    {
        var pending = request.Start();
        runtime.Send(request, GrainId, grainClass, ref _target);
        return pending;
    }

    protected ValueTask InvokeVoidAsync(Request<VoidResult> request)
    {
        var pending = request.StartVoid();
        runtime.Send(request, GrainId, grainClass, ref _target);
        return pending;
    }

    public override bool Equals(object? obj) => obj is GrainReference other && other.GrainId == GrainId;

    public override int GetHashCode() => GrainId.GetHashCode();

    public override string ToString() => GrainId.ToString();
}
