using SmartMarket.Trading.Feeds;
using SmartMarket.Trading.Synthetic;

namespace SmartMarket.Silo.Trading;

/// <summary>Builds the configured feed: a CSV replay when files are given, otherwise the synthetic market.</summary>
public static class MarketFeedFactory
{
    /// <summary>
    /// The feed. The synthetic market starts at the later of now and the minute after <paramref name="resumeAfter"/>:
    /// after a restart the market clock moves on from where the account's journal ended instead of going back.
    /// </summary>
    public static IMarketFeed Create(FeedOptions options, DateTime resumeAfter, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ReplayFiles.Count > 0)
            return new CsvReplayFeed(options.ReplayFiles, options.Speed, clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var start = Floor(now);
        if (resumeAfter >= start)
            start = Floor(resumeAfter).AddMinutes(1);
        var market = SyntheticMarketOptions.CreateDefault(options.Seed);
        market.Start = start;
        return new SyntheticFeed(market, options.Speed, clock);
    }

    private static DateTime Floor(DateTime time) =>
        new(time.Ticks - time.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);
}
