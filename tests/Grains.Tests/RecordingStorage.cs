using VirtualActors;
using VirtualActors.Storage;

namespace Grains.Tests;

/// <summary>Memory storage that remembers the state name and size of every write.</summary>
internal sealed class RecordingStorage : IGrainStorage
{
    private readonly MemoryGrainStorage _inner = new();
    private readonly List<(string State, int Bytes)> _writes = [];

    public IReadOnlyList<(string State, int Bytes)> Writes
    {
        get
        {
            lock (_writes)
                return [.. _writes];
        }
    }

    public Task<StoredState?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken = default) =>
        _inner.ReadAsync(stateName, grainId, cancellationToken);

    public Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> payload, string? expectedETag, CancellationToken cancellationToken = default)
    {
        lock (_writes)
            _writes.Add((stateName, payload.Length));
        return _inner.WriteAsync(stateName, grainId, payload, expectedETag, cancellationToken);
    }

    public Task ClearAsync(string stateName, GrainId grainId, string? expectedETag, CancellationToken cancellationToken = default) =>
        _inner.ClearAsync(stateName, grainId, expectedETag, cancellationToken);
}
