namespace VirtualActors.Tests.Grains;

public interface IGuidKeyedGrain : IGrainWithGuidKey
{
    Task<Guid> GetKeyAsync();
}

public interface IIntegerKeyedGrain : IGrainWithIntegerKey
{
    Task<long> GetKeyAsync();
}
