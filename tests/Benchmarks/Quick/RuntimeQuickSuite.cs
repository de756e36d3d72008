using System.Diagnostics;
using System.Threading.Channels;
using Benchmarks.Runtime;
using VirtualActors;
using VirtualActors.Storage;

namespace Benchmarks.Quick;

/// <summary>
/// The actor runtime: throughput of many callers to many grains, ping latency, fan-out to 10,000 fresh grains, memory per
/// activation, and a bare Channel request/response measured in the same run as the baseline.
/// </summary>
public sealed class RuntimeQuickSuite : IQuickSuite
{
    private const int Callers = 64;
    private const int Grains = 1_000;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(3);

    public string Name => "runtime";

    public async Task<QuickReport> RunAsync(CancellationToken cancellationToken)
    {
        var options = new RuntimeOptions();
        options.Storage[RuntimeOptions.DefaultStorageName] = new MemoryGrainStorage();
        await using var runtime = new GrainRuntime(options);
        await runtime.StartAsync(cancellationToken);

        var queuedOptions = new RuntimeOptions { InlineIdleCalls = false };
        queuedOptions.Storage[RuntimeOptions.DefaultStorageName] = new MemoryGrainStorage();
        await using var queuedRuntime = new GrainRuntime(queuedOptions);
        await queuedRuntime.StartAsync(cancellationToken);

        var channel = await ChannelRoundTripsPerSecondAsync();
        var queued = await CallsPerSecondAsync(queuedRuntime);
        var calls = await CallsPerSecondAsync(runtime);
        var (p50, p99) = await PingLatencyAsync(runtime);
        var allocated = await BytesPerCallAsync(runtime);
        var fanout = await FanoutMillisecondsAsync(runtime);
        var bytes = await BytesPerActivationAsync(runtime);

        return new QuickReport(Name)
            .Add("calls_per_sec", calls, "calls/s", $"{Callers} callers, {Grains} grains, {Window.TotalSeconds:0} s")
            .Add("calls_per_sec_queued", queued, "calls/s", "same load with InlineIdleCalls off: every call through the mailbox and the thread pool")
            .Add("channel_roundtrip_per_sec", channel, "round trips/s", $"baseline: {Callers} callers, one Channel<T> server each")
            .Add("calls_vs_channel_ratio", calls / channel, "x", "grain calls per bare channel round trip")
            .Add("ping_p50_us", p50, "µs", "one caller, one grain, 200,000 pings")
            .Add("ping_p99_us", p99, "µs")
            .Add("bytes_allocated_per_call", allocated, "bytes", "one caller, one idle grain, 100,000 sequential pings (whole process)")
            .Add("fanout_10k_ms", fanout, "ms", "one call to each of 10,000 new grains (activation included), median of 5")
            .Add("bytes_per_activation", bytes, "bytes", "managed heap growth per idle activation, 100,000 activations");
    }

    private static async Task<double> CallsPerSecondAsync(GrainRuntime runtime)
    {
        var grains = Enumerable.Range(0, Grains).Select(i => runtime.GetGrain<IPingGrain>(i)).ToArray();
        foreach (var g in grains)
            await g.PingAsync(0);
        using var stop = new CancellationTokenSource();
        var counts = new long[Callers];
        var started = Stopwatch.GetTimestamp();
        stop.CancelAfter(Window);
        var loops = Enumerable.Range(0, Callers).Select(c => Task.Run(async () =>
        {
            long n = 0;
            var i = c;
            while (!stop.IsCancellationRequested)
            {
                for (var k = 0; k < 256; k++)
                {
                    await grains[i].PingAsync(k);
                    i = (i + Callers) % Grains;
                }
                n += 256;
            }
            counts[c] = n;
        })).ToArray();
        await Task.WhenAll(loops);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return counts.Sum() / seconds;
    }

    private static async Task<double> ChannelRoundTripsPerSecondAsync()
    {
        using var stop = new CancellationTokenSource();
        var counts = new long[Callers];
        var started = Stopwatch.GetTimestamp();
        stop.CancelAfter(Window);
        var pairs = Enumerable.Range(0, Callers).Select(c => Task.Run(async () =>
        {
            var requests = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
            var responses = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
            var server = Task.Run(async () =>
            {
                await foreach (var r in requests.Reader.ReadAllAsync())
                    await responses.Writer.WriteAsync(r + 1);
            });
            long n = 0;
            while (!stop.IsCancellationRequested)
            {
                for (var k = 0; k < 256; k++)
                {
                    await requests.Writer.WriteAsync(k);
                    await responses.Reader.ReadAsync();
                }
                n += 256;
            }
            requests.Writer.Complete();
            await server;
            counts[c] = n;
        })).ToArray();
        await Task.WhenAll(pairs);
        return counts.Sum() / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static async Task<(double P50, double P99)> PingLatencyAsync(GrainRuntime runtime)
    {
        const int count = 200_000;
        var grain = runtime.GetGrain<IPingGrain>(-1);
        for (var i = 0; i < 20_000; i++)
            await grain.PingAsync(i);
        var samples = new long[count];
        for (var i = 0; i < count; i++)
        {
            var t = Stopwatch.GetTimestamp();
            await grain.PingAsync(i);
            samples[i] = Stopwatch.GetTimestamp() - t;
        }
        Array.Sort(samples);
        var toMicros = 1e6 / Stopwatch.Frequency;
        return (samples[count / 2] * toMicros, samples[(int)(count * 0.99)] * toMicros);
    }

    private static async Task<double> BytesPerCallAsync(GrainRuntime runtime)
    {
        const int count = 100_000;
        var grain = runtime.GetGrain<IPingGrain>(-2);
        for (var i = 0; i < 10_000; i++)
            await grain.PingAsync(i);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < count; i++)
            await grain.PingAsync(i);
        return (double)(GC.GetTotalAllocatedBytes(precise: true) - before) / count;
    }

    private static async Task<double> FanoutMillisecondsAsync(GrainRuntime runtime)
    {
        var runs = new List<double>();
        for (var run = 0; run < 5; run++)
        {
            var baseKey = 1_000_000L * (run + 1);
            var started = Stopwatch.GetTimestamp();
            var calls = new Task<int>[10_000];
            for (var i = 0; i < calls.Length; i++)
                calls[i] = runtime.GetGrain<IPingGrain>(baseKey + i).PingAsync(i).AsTask();
            await Task.WhenAll(calls);
            runs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        runs.Sort();
        return runs[runs.Count / 2];
    }

    private static async Task<double> BytesPerActivationAsync(GrainRuntime runtime)
    {
        const int count = 100_000;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var activationsBefore = runtime.ActivationCount;
        for (var i = 0; i < count; i += 1000)
        {
            var batch = new Task<int>[1000];
            for (var k = 0; k < batch.Length; k++)
                batch[k] = runtime.GetGrain<IPingGrain>(10_000_000L + i + k).PingAsync(k).AsTask();
            await Task.WhenAll(batch);
        }
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var created = runtime.ActivationCount - activationsBefore;
        return (double)(after - before) / created;
    }
}
