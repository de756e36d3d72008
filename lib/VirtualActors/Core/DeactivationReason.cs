namespace VirtualActors;

/// <summary>Why an activation is being deactivated.</summary>
public enum DeactivationReason
{
    /// <summary>Idle for longer than its collection age.</summary>
    Idle,

    /// <summary>The grain asked for it with DeactivateOnIdle.</summary>
    Requested,

    /// <summary>The silo is shutting down.</summary>
    ShuttingDown,
}
