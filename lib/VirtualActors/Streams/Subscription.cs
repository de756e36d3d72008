using VirtualActors.Runtime;

namespace VirtualActors.Streams;

/// <summary>One subscriber of a stream: an observer object outside grains, or a grain (explicit or implicit).</summary>
internal sealed record Subscription(Guid Id, object? Observer, GrainId Grain, GrainClass? Class)
{
    public bool IsGrain => Class is not null;
}
