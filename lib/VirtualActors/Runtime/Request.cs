namespace VirtualActors.Runtime;

/// <summary>
/// A unit of work that runs as one turn of an activation: a grain call, a timer tick, a reminder or a stream event.
/// Instances of generated subclasses are pooled; a request is owned by its caller until it awaited the result, and by
/// the executing activation until the turn has ended.
/// </summary>
public abstract class Request : IThreadPoolWorkItem
{
    internal Activation? Target;
    internal CallFrame? Caller;
    internal long EnqueuedAt;
    internal long Deadline = long.MaxValue;
    internal ValueTask PendingTurn;

    /// <summary>Which method this request calls.</summary>
    public abstract RequestInfo Info { get; }

    /// <summary>Runs the turn and keeps its outcome; never throws.</summary>
    internal abstract ValueTask RunAsync(object grain);

    /// <summary>Hands the kept outcome to the caller, unless it already got one (a timeout).</summary>
    internal abstract void Publish();

    /// <summary>Completes the caller with an error instead of an outcome.</summary>
    internal abstract void Fail(Exception error);

    /// <summary>The executing side is done with this request.</summary>
    internal abstract void ReleaseExecutor();

    void IThreadPoolWorkItem.Execute() => Target!.RunScheduled(this);
}
