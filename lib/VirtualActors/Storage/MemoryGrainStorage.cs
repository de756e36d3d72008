using System.Globalization;

namespace VirtualActors.Storage;

/// <summary>Grain storage in process memory: for tests and for state that may be lost on restart.</summary>
public sealed class MemoryGrainStorage : IGrainStorage
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string, GrainId), StoredState> _records = [];
    private long _version;

    public Task<StoredState?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult(_records.TryGetValue((stateName, grainId), out var s) ? s : null);
    }

    public Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> payload, string? expectedETag, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            Check(stateName, grainId, expectedETag);
            var etag = (++_version).ToString(CultureInfo.InvariantCulture);
            _records[(stateName, grainId)] = new StoredState(payload.ToArray(), etag);
            return Task.FromResult(etag);
        }
    }

    public Task ClearAsync(string stateName, GrainId grainId, string? expectedETag, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            Check(stateName, grainId, expectedETag);
            _records.Remove((stateName, grainId));
            return Task.CompletedTask;
        }
    }

    private void Check(string stateName, GrainId grainId, string? expectedETag)
    {
        var stored = _records.TryGetValue((stateName, grainId), out var s) ? s.ETag : null;
        if (stored != expectedETag)
            throw new InconsistentStateException(stateName, grainId, expectedETag, stored);
    }
}
