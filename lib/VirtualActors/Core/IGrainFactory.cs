namespace VirtualActors;

/// <summary>Gets references to grains. A reference is cheap, never fails and never creates an activation by itself: the first call does.</summary>
public interface IGrainFactory
{
    TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey;

    TGrain GetGrain<TGrain>(Guid key) where TGrain : IGrainWithGuidKey;

    TGrain GetGrain<TGrain>(long key) where TGrain : IGrainWithIntegerKey;

    /// <summary>A reference by full identity, for runtime services that only know a <see cref="GrainId"/>.</summary>
    TGrain GetGrain<TGrain>(GrainId id) where TGrain : IGrain;
}
