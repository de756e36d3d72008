using VirtualActors.Runtime;

namespace VirtualActors;

/// <summary>What generated grain activators use to build constructor arguments.</summary>
public static class GrainContextExtensions
{
    /// <summary>A persistent state for the grain being constructed; it is read before OnActivateAsync.</summary>
    public static IPersistentState<TState> GetPersistentState<TState>(this IGrainContext context, string stateName, string? storageName)
        where TState : new() => ((Activation)context).GetPersistentState<TState>(stateName, storageName);

    /// <summary>A required service for a grain constructor; the error names the grain and the missing type.</summary>
    public static T GetRequiredService<T>(this IGrainContext context) where T : notnull =>
        context.Services.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException($"grain {context.GrainId} needs a {typeof(T)} but the silo's services have none");
}
