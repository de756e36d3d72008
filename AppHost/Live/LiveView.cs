using System.Globalization;
using SmartMarket.Grains;
using SmartMarket.Grains.Accounts;
using SmartMarket.Grains.Market;
using SmartMarket.Grains.Strategies;
using SmartMarket.Silo.Trading;
using Spectre.Console;
using VirtualActors;

namespace SmartMarket.AppHost.Live;

/// <summary>
/// The console while the stack runs: a Spectre live table refreshed every second, or one plain line per second when
/// the output is redirected (logs, tests).
/// </summary>
internal sealed class LiveView(GrainRuntime runtime, FeedStatus feed, string accountId)
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);
    private readonly SignalLog _signals = new();
    private readonly long _started = TimeProvider.System.GetTimestamp();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await runtime.Streams.GetStream<SignalEmitted>(MarketStreams.SignalsFor(accountId)).SubscribeAsync(_signals);
        try
        {
            if (Console.IsOutputRedirected)
                await RunPlainAsync(cancellationToken);
            else
                await AnsiConsole.Live(LiveTable.Render(await ReadAsync())).StartAsync(async ctx =>
                {
                    while (!cancellationToken.IsCancellationRequested)
                    {
                        await Task.Delay(Period, cancellationToken);
                        ctx.UpdateTarget(LiveTable.Render(await ReadAsync()));
                    }
                });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C or --duration.
        }
        var last = await ReadAsync();
        Console.WriteLine(PlainLine(last));
    }

    private async Task RunPlainAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(Period, cancellationToken);
            Console.WriteLine(PlainLine(await ReadAsync()));
        }
    }

    /// <summary>One line with the counters the crash and duration tests read.</summary>
    public static string PlainLine(LiveFrame f) => string.Create(CultureInfo.InvariantCulture,
        $"t={f.Elapsed.TotalSeconds:0}s ticks={f.Ticks} signals={f.Signals} orders={f.Account.Orders} fills={f.Account.Fills} " +
        $"positions={f.Account.Positions.Count} equity={f.Account.Equity:0.00} calls/s={f.CallsPerSecond:0}");

    private async Task<LiveFrame> ReadAsync()
    {
        var symbols = new List<SymbolSnapshot>();
        foreach (var symbol in feed.Symbols)
            symbols.Add(await runtime.GetGrain<ISymbolGrain>(symbol.Ticker).GetSnapshotAsync());
        var account = await runtime.GetGrain<IAccountGrain>(accountId).GetSnapshotAsync();
        var metrics = runtime.GetMetrics();
        return new LiveFrame(TimeProvider.System.GetElapsedTime(_started), feed.Description, feed.TicksDelivered, symbols, account,
            _signals.Count, _signals.Recent(), metrics.CallsPerSecond, metrics.Activations);
    }
}
