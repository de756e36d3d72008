namespace VirtualActors;

/// <summary>A grain's persistent state: read before activation, written when the grain says so.</summary>
public interface IPersistentState<TState>
{
    TState State { get; set; }

    /// <summary>The version of the stored record this state was read from or last written as; null when none.</summary>
    string? Etag { get; }

    bool RecordExists { get; }

    Task ReadStateAsync();

    Task WriteStateAsync();

    Task ClearStateAsync();
}
