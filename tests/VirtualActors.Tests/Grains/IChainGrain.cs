namespace VirtualActors.Tests.Grains;

public interface IChainGrain : IGrainWithStringKey
{
    /// <summary>Calls the next grains in <paramref name="path"/> one after the other, then answers.</summary>
    Task<string> ForwardAsync(string[] path, int index);
}

public sealed class ChainGrain : Grain, IChainGrain
{
    public async Task<string> ForwardAsync(string[] path, int index)
    {
        if (index >= path.Length)
            return GetPrimaryKeyString();
        await Task.Yield();
        return await GrainFactory.GetGrain<IChainGrain>(path[index]).ForwardAsync(path, index + 1);
    }
}
