using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmartMarket.Grains.Accounts;
using VirtualActors;

namespace SmartMarket.Silo.Trading;

/// <summary>After the silo has started: sets up account and strategies, then runs the feed into the symbol grains until stopped.</summary>
internal sealed partial class FeedHostedService(
    IGrainFactory grains, FeedStatus status, IOptions<TradingOptions> trading, IOptions<FeedOptions> feedOptions, TimeProvider clock,
    ILogger<FeedHostedService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var account = await grains.GetGrain<IAccountGrain>(trading.Value.AccountId).GetSnapshotAsync();
        var feed = MarketFeedFactory.Create(feedOptions.Value, account.LastEventTime, clock);
        await TradingSetup.RunAsync(grains, trading.Value, feed.Symbols);
        status.Started(feed);
        if (!feedOptions.Value.Enabled)
            return;
        LogFeedStarted(log, feed.Description);
        try
        {
            await feed.RunAsync(status.Sink, stoppingToken);
            if (!stoppingToken.IsCancellationRequested)
            {
                status.MarkEnded();
                LogFeedEnded(log, feed.Description);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
        catch (ObjectDisposedException) when (stoppingToken.IsCancellationRequested)
        {
            // The silo stopped while a trade was in flight.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "feed started: {Feed}")]
    private static partial void LogFeedStarted(ILogger logger, string feed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "feed ended: {Feed}")]
    private static partial void LogFeedEnded(ILogger logger, string feed);
}
