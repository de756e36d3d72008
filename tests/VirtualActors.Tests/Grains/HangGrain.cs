namespace VirtualActors.Tests.Grains;

public interface IHangGrain : IGrainWithStringKey
{
    Task HangAsync();

    Task<int> PingAsync();
}

public sealed class HangGrain : Grain, IHangGrain
{
    private readonly TaskCompletionSource _never = new();

    public Task HangAsync() => _never.Task;

    public Task<int> PingAsync() => Task.FromResult(1);
}
