namespace VirtualActors.Streams;

/// <summary>A stored grain subscription.</summary>
internal sealed record PubSubRecord(Guid SubscriptionId, string GrainType, string GrainKey);
