namespace VirtualActors.Tests.Grains;

public sealed class GuidKeyedGrain : Grain, IGuidKeyedGrain
{
    public Task<Guid> GetKeyAsync() => Task.FromResult(GetPrimaryKey());
}

public sealed class IntegerKeyedGrain : Grain, IIntegerKeyedGrain
{
    public Task<long> GetKeyAsync() => Task.FromResult(GetPrimaryKeyLong());
}
