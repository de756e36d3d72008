using System.Diagnostics;
using Benchmarks.Pipeline;
using SmartMarket.Grains;
using SmartMarket.Grains.Accounts;
using SmartMarket.Grains.Serialization;
using SmartMarket.Silo.Trading;
using VirtualActors;
using VirtualActors.Runtime;
using VirtualActors.Storage;

namespace Benchmarks.Quick;

/// <summary>
/// The trading pipeline on the grains: synthetic trades of four symbols into the symbol grains, the default strategies
/// and model, one paper account on memory storage. Tick-to-order latency at 10,000 trades/s (from the moment a trade
/// is due to the venue accepting the order it caused), then the highest sustained rate of the sequential feed, and the
/// same trades through the Trading objects directly as the baseline.
/// </summary>
public sealed class PipelineQuickSuite : IQuickSuite
{
    private const int WarmUp = 100_000;
    private const int PacedWarmUp = 30_000;
    private const int Paced = 100_000;
    private const int Flat = 150_000;
    private const double PacedRate = 10_000;
    private const decimal Capital = 100_000m;

    public string Name => "pipeline";

    public async Task<QuickReport> RunAsync(CancellationToken cancellationToken)
    {
        var ticks = PipelineTicks.Generate(WarmUp + PacedWarmUp + Paced + Flat);
        var trading = new TradingOptions { AccountId = "bench", InitialCash = Capital };

        GrainTypeRegistry.EnsureRegistered(typeof(AccountGrain).Assembly);
        var options = new RuntimeOptions();
        GrainJson.Configure(options.StateSerializerOptions);
        options.Storage[RuntimeOptions.DefaultStorageName] = new MemoryGrainStorage();
        await using var runtime = new GrainRuntime(options);
        await runtime.StartAsync(cancellationToken);
        await TradingSetup.RunAsync(runtime, trading, ticks.Symbols);
        var probe = new OrderProbe();
        await runtime.Streams.GetStream<AccountJournalRecord>(MarketStreams.AccountEvents(trading.AccountId)).SubscribeAsync(probe);
        var sink = new GrainTickSink(runtime);

        // Fills the candle history as fast as it goes, then trades at the measured rate for three seconds: tiered
        // compilation promotes a method only after it has been called for a while with no new methods being compiled,
        // and the order path runs once in a few hundred trades, so it needs wall-clock time, not just trades, to reach
        // its optimized code. Without the paced part the first seconds measure tier-0 code (see the cold metrics).
        await FeedAsync(sink, ticks, probe, 0, WarmUp, 0, null);
        probe.Recording = true;
        await FeedAsync(sink, ticks, probe, WarmUp, WarmUp + PacedWarmUp, PacedRate, null);
        var (coldP50, coldP99, coldOrders) = (probe.Percentile(0.50), probe.Percentile(0.99), probe.Count);
        probe.Clear();
        var tickLatencies = new List<long>(Paced);
        var measured = WarmUp + PacedWarmUp;
        await FeedAsync(sink, ticks, probe, measured, measured + Paced, PacedRate, tickLatencies);
        var pacedOrders = probe.Count;
        var (p50, p99) = (probe.Percentile(0.50), probe.Percentile(0.99));
        probe.Clear();
        probe.Recording = true;

        using var sampling = new CancellationTokenSource();
        var depth = Task.Run(() => MaxMailboxDepthAsync(runtime, sampling.Token), CancellationToken.None);
        var started = Stopwatch.GetTimestamp();
        await FeedAsync(sink, ticks, probe, measured + Paced, ticks.Ticks.Length, 0, null);
        var rate = Flat / Stopwatch.GetElapsedTime(started).TotalSeconds;
        await sampling.CancelAsync();
        var (maxDepth, lastDepth) = await depth;
        var (maxP50, maxP99) = (probe.Percentile(0.50), probe.Percentile(0.99));

        // The baseline runs second, on a process as warm as the grains had.
        var direct = new DirectPipeline(ticks, trading.Strategies, Capital);
        direct.Run(0, measured, record: false);
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        direct.Run(measured, measured + Paced, record: true);
        var directRate = direct.Run(measured + Paced, ticks.Ticks.Length, record: true);

        return new QuickReport(Name)
            .Add("tick_to_order_p50_us", p50, "µs", $"{PacedRate:N0} trades/s over {ticks.Symbols.Length} symbols, {pacedOrders} orders, latency from the trade's due time")
            .Add("tick_to_order_p99_us", p99, "µs", "goal <= 1,000")
            .Add("cold_tick_to_order_p50_us", coldP50, "µs", $"the first {PacedWarmUp:N0} paced trades after the fast fill, {coldOrders} orders: code not yet promoted by tiered compilation")
            .Add("cold_tick_to_order_p99_us", coldP99, "µs")
            .Add("max_ticks_per_sec", rate, "trades/s", $"sequential feed as fast as it goes, {Flat:N0} trades; goal >= 100,000")
            .Add("max_run_orders", probe.Count, "orders", "orders accepted during the max run: the account kept trading")
            .Add("max_run_tick_to_order_p50_us", maxP50, "µs", "the same path unpaced, timed from the call: its cost without waits for the schedule")
            .Add("max_run_tick_to_order_p99_us", maxP99, "µs")
            .Add("tick_p50_us", Percentiles.Of(tickLatencies, 0.50), "µs", "every trade at 10,000/s, from due time to its call's completion")
            .Add("tick_p99_us", Percentiles.Of(tickLatencies, 0.99), "µs")
            .Add("max_mailbox_depth", maxDepth, "calls", $"largest runtime mailbox depth sampled every 50 ms during the max run (last {lastDepth})")
            .Add("baseline_tick_to_order_p50_us", direct.Percentile(0.50), "µs", $"baseline: Trading objects directly, no grains, {direct.Orders} orders")
            .Add("baseline_tick_to_order_p99_us", direct.Percentile(0.99), "µs")
            .Add("baseline_ticks_per_sec", directRate, "trades/s", "baseline: the same trades through the Trading objects in one loop")
            .Add("grains_vs_baseline_ratio", rate / directRate, "x");
    }

    private static async Task FeedAsync(GrainTickSink sink, PipelineTicks ticks, OrderProbe probe, int from, int to, double rate, List<long>? latencies)
    {
        var start = Stopwatch.GetTimestamp();
        var interval = rate > 0 ? Stopwatch.Frequency / rate : 0;
        for (var i = from; i < to; i++)
        {
            var due = rate > 0 ? start + (long)((i - from) * interval) : Stopwatch.GetTimestamp();
            while (Stopwatch.GetTimestamp() < due)
                Thread.SpinWait(10);
            probe.Due = due;
            await sink.OnTickAsync(ticks.Symbols[ticks.SymbolOf[i]], ticks.Ticks[i]);
            latencies?.Add(Stopwatch.GetTimestamp() - due);
        }
    }

    private static async Task<(int Max, int Last)> MaxMailboxDepthAsync(GrainRuntime runtime, CancellationToken cancellationToken)
    {
        var max = 0;
        var last = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            last = runtime.GetMetrics().MailboxDepth;
            max = Math.Max(max, last);
            try
            {
                await Task.Delay(50, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        return (max, last);
    }
}
