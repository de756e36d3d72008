namespace VirtualActors.Storage;

/// <summary>A stored state record: its serialized payload and its version tag.</summary>
public sealed record StoredState(byte[] Payload, string ETag);
