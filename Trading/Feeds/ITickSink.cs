using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Feeds;

/// <summary>Where a feed delivers trades; the next trade is produced only after the previous one completed.</summary>
public interface ITickSink
{
    /// <summary>Takes one trade of <paramref name="symbol"/>.</summary>
    ValueTask OnTickAsync(Symbol symbol, Tick tick);

    /// <summary>The feed ran out of data at <paramref name="time"/> (a replay's end): close what that time closes.</summary>
    ValueTask OnEndAsync(DateTime time);
}
