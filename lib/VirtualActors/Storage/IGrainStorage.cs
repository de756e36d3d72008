namespace VirtualActors.Storage;

/// <summary>
/// Stores serialized grain state with optimistic concurrency. Every write names the ETag it was based on; a write or
/// clear based on anything but the stored ETag fails with <see cref="InconsistentStateException"/>.
/// </summary>
public interface IGrainStorage
{
    /// <summary>The stored record, or null when there is none.</summary>
    Task<StoredState?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken = default);

    /// <param name="expectedETag">The ETag read last, or null when the caller believes no record exists.</param>
    /// <returns>The new ETag.</returns>
    Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> payload, string? expectedETag, CancellationToken cancellationToken = default);

    /// <summary>Deletes the record; clearing a record that does not exist with a null ETag is a no-op.</summary>
    Task ClearAsync(string stateName, GrainId grainId, string? expectedETag, CancellationToken cancellationToken = default);
}
