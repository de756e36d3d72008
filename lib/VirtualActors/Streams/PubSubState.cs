namespace VirtualActors.Streams;

/// <summary>The durable grain subscriptions of one stream.</summary>
internal sealed class PubSubState
{
    public List<PubSubRecord> Subscriptions { get; set; } = [];
}
