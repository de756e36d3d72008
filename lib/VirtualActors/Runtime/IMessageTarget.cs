namespace VirtualActors.Runtime;

/// <summary>Where calls for one grain identity go: a single activation, or a pool of stateless workers.</summary>
internal interface IMessageTarget
{
    /// <summary>Accepts the request, or returns false when this target is gone and the caller must resolve again.</summary>
    /// <param name="allowInline">False when the caller holds a lock and must not run grain code on its thread.</param>
    bool TryEnqueue(Request request, bool allowInline);

    /// <summary>Visits the activations behind this target (for collection, timeouts and metrics).</summary>
    void ForEachActivation(Action<Activation> action);
}
