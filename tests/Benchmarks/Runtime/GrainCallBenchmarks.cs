using System.Threading.Channels;
using BenchmarkDotNet.Attributes;
using VirtualActors;
using VirtualActors.Storage;

namespace Benchmarks.Runtime;

/// <summary>One grain call against a bare Channel request/response, the baseline (BenchmarkDotNet, full mode).</summary>
[MemoryDiagnoser]
public class GrainCallBenchmarks
{
    private GrainRuntime _inline = null!;
    private GrainRuntime _queued = null!;
    private IPingGrain _inlineGrain = null!;
    private IPingGrain _queuedGrain = null!;
    private Channel<int> _requests = null!;
    private Channel<int> _responses = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _inline = await StartAsync(inline: true);
        _queued = await StartAsync(inline: false);
        _inlineGrain = _inline.GetGrain<IPingGrain>(1);
        _queuedGrain = _queued.GetGrain<IPingGrain>(1);
        _requests = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        _responses = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        _ = Task.Run(async () =>
        {
            await foreach (var r in _requests.Reader.ReadAllAsync())
                await _responses.Writer.WriteAsync(r + 1);
        });
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _requests.Writer.Complete();
        await _inline.DisposeAsync();
        await _queued.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> ChannelRoundTrip()
    {
        await _requests.Writer.WriteAsync(1);
        return await _responses.Reader.ReadAsync();
    }

    [Benchmark]
    public ValueTask<int> GrainCallInline() => _inlineGrain.PingAsync(1);

    [Benchmark]
    public ValueTask<int> GrainCallQueued() => _queuedGrain.PingAsync(1);

    private static async Task<GrainRuntime> StartAsync(bool inline)
    {
        var options = new RuntimeOptions { InlineIdleCalls = inline };
        options.Storage[RuntimeOptions.DefaultStorageName] = new MemoryGrainStorage();
        var runtime = new GrainRuntime(options);
        await runtime.StartAsync();
        return runtime;
    }
}
