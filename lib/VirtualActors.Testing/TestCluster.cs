using VirtualActors.Reminders;
using VirtualActors.Storage;

namespace VirtualActors.Testing;

/// <summary>
/// An in-process silo for tests, in the spirit of Orleans' TestingHost: memory storage and reminders by default,
/// a restart that keeps storage and the reminder table (as a real restart keeps the database), and direct access
/// to the runtime's metrics.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly RuntimeOptions _options;
    private readonly TimeProvider _time;
    private readonly IServiceProvider? _services;

    private TestCluster(RuntimeOptions options, TimeProvider time, IServiceProvider? services, GrainRuntime runtime)
    {
        _options = options;
        _time = time;
        _services = services;
        Runtime = runtime;
    }

    /// <summary>The running silo; replaced by <see cref="RestartAsync"/>.</summary>
    public GrainRuntime Runtime { get; private set; }

    /// <summary>Where tests get grains from.</summary>
    public IGrainFactory Client => Runtime;

    public RuntimeOptions Options => _options;

    /// <summary>Starts a silo; <paramref name="configure"/> adjusts the options (memory storage and reminders unless set).</summary>
    public static async Task<TestCluster> StartAsync(Action<RuntimeOptions>? configure = null, TimeProvider? timeProvider = null, IServiceProvider? services = null)
    {
        var options = new RuntimeOptions();
        configure?.Invoke(options);
        if (!options.Storage.ContainsKey(RuntimeOptions.DefaultStorageName))
            options.Storage[RuntimeOptions.DefaultStorageName] = new MemoryGrainStorage();
        options.ReminderTable ??= new MemoryReminderTable();
        var time = timeProvider ?? TimeProvider.System;
        var runtime = new GrainRuntime(options, services, time);
        await runtime.StartAsync().ConfigureAwait(false);
        return new TestCluster(options, time, services, runtime);
    }

    /// <summary>Stops the silo (deactivating everything) and starts a new one on the same storage and reminder table.</summary>
    public async Task RestartAsync()
    {
        await Runtime.StopAsync().ConfigureAwait(false);
        Runtime = new GrainRuntime(_options, _services, _time);
        await Runtime.StartAsync().ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => Runtime.DisposeAsync();
}
