namespace VirtualActors.Tests.Grains;

public sealed class ProfileState
{
    public string Name { get; set; } = "";

    public int Writes { get; set; }
}

public interface IProfileGrain : IGrainWithStringKey
{
    Task SetNameAsync(string name);

    Task<string> GetNameAsync();

    /// <summary>The name the state held when OnActivateAsync ran (proves state is read first).</summary>
    Task<string> GetNameSeenAtActivationAsync();

    Task<int> GetActivationNumberAsync();

    Task DeactivateAsync();
}

/// <summary>Counts activations and deactivations across instances, per key.</summary>
public static class LifecycleLog
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (int Activations, int Deactivations)> Counts = new();

    public static int Activated(string key) => Counts.AddOrUpdate(key, (1, 0), (_, c) => (c.Activations + 1, c.Deactivations)).Activations;

    public static void Deactivated(string key) => Counts.AddOrUpdate(key, (0, 1), (_, c) => (c.Activations, c.Deactivations + 1));

    public static (int Activations, int Deactivations) Of(string key) => Counts.GetValueOrDefault(key);
}

public sealed class ProfileGrain([PersistentState("profile")] IPersistentState<ProfileState> profile) : Grain, IProfileGrain
{
    private string _seenAtActivation = "";
    private int _activation;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _seenAtActivation = profile.State.Name;
        _activation = LifecycleLog.Activated(GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        LifecycleLog.Deactivated(GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public async Task SetNameAsync(string name)
    {
        profile.State.Name = name;
        profile.State.Writes++;
        await profile.WriteStateAsync();
    }

    public Task<string> GetNameAsync() => Task.FromResult(profile.State.Name);

    public Task<string> GetNameSeenAtActivationAsync() => Task.FromResult(_seenAtActivation);

    public Task<int> GetActivationNumberAsync() => Task.FromResult(_activation);

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
