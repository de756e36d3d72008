namespace VirtualActors;

/// <summary>What an activation offers the grain it hosts: identity, services, the activation-bound factory.</summary>
public interface IGrainContext
{
    GrainId GrainId { get; }

    /// <summary>A factory whose calls carry this activation as the caller.</summary>
    IGrainFactory GrainFactory { get; }

    IServiceProvider Services { get; }

    TimeProvider TimeProvider { get; }

    /// <summary>Asks the runtime to deactivate this activation once the current turn has finished.</summary>
    void DeactivateOnIdle();
}
