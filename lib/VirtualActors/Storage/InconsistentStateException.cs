namespace VirtualActors.Storage;

/// <summary>A state write was based on a version other than the stored one (another writer got there first).</summary>
public sealed class InconsistentStateException : Exception
{
    public InconsistentStateException(string stateName, GrainId grainId, string? expectedETag, string? storedETag)
        : base($"state '{stateName}' of grain {grainId} was written from a stale version: the write expected ETag " +
               $"{expectedETag ?? "(none: new record)"} but storage holds {storedETag ?? "(no record)"}; read the state again before writing")
    {
        StateName = stateName;
        GrainId = grainId;
        ExpectedETag = expectedETag;
        StoredETag = storedETag;
    }

    public string StateName { get; }

    public GrainId GrainId { get; }

    public string? ExpectedETag { get; }

    public string? StoredETag { get; }
}
