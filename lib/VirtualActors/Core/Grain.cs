namespace VirtualActors;

/// <summary>
/// Base class for grain implementations. The runtime creates one instance per activation and calls it one turn at a
/// time unless the class is <see cref="ReentrantAttribute">reentrant</see>.
/// </summary>
public abstract class Grain
{
    private IGrainContext? _context;

    /// <summary>The hosting activation; set by the runtime before <see cref="OnActivateAsync"/>.</summary>
    public IGrainContext GrainContext => _context ?? throw new InvalidOperationException(
        "this grain instance is not hosted by an activation; create grains through IGrainFactory");

    /// <summary>A factory whose calls carry this grain as the caller (used for call-chain deadlock detection).</summary>
    protected IGrainFactory GrainFactory => GrainContext.GrainFactory;

    public GrainId GrainId => GrainContext.GrainId;

    /// <summary>The string key of this grain.</summary>
    public string GetPrimaryKeyString() => GrainId.Key;

    public Guid GetPrimaryKey() => GrainId.GetGuidKey();

    public long GetPrimaryKeyLong() => GrainId.GetIntegerKey();

    /// <summary>Called once after the grain's persistent state has been read, before the first message.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called once before the activation goes away; no other turn runs concurrently.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivate after the current turn completes; the next call activates a fresh instance.</summary>
    protected void DeactivateOnIdle() => GrainContext.DeactivateOnIdle();

    /// <summary>
    /// Starts a timer whose callback runs as a turn of this activation (never concurrently with other turns). Ticks
    /// that fall due while the previous callback is still queued or running are skipped. Stops on deactivation.
    /// </summary>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period) =>
        ((Runtime.Activation)GrainContext).RegisterTimer(callback, dueTime, period);

    /// <summary>Registers or updates a durable reminder; the grain must implement <see cref="IRemindable"/>.</summary>
    protected Task<IGrainReminder> RegisterOrUpdateReminder(string reminderName, TimeSpan dueTime, TimeSpan period) =>
        ((Runtime.Activation)GrainContext).RegisterReminderAsync(reminderName, dueTime, period);

    /// <summary>Removes a durable reminder of this grain.</summary>
    protected Task UnregisterReminder(IGrainReminder reminder) =>
        ((Runtime.Activation)GrainContext).UnregisterReminderAsync(reminder);

    /// <summary>The reminder of this grain with the given name, or null.</summary>
    protected Task<IGrainReminder?> GetReminder(string reminderName) =>
        ((Runtime.Activation)GrainContext).GetReminderAsync(reminderName);

    /// <summary>The stream provider of the silo hosting this grain.</summary>
    protected Streams.IStreamProvider GetStreamProvider() => ((Runtime.Activation)GrainContext).Runtime.Streams;

    internal void Attach(IGrainContext context) => _context = context;
}
