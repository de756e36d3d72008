using SmartMarket.Trading.MarketData;

namespace SmartMarket.Grains.Market;

/// <summary>
/// Recent history for readers: the last <see cref="HistoryLength"/> closed candles of each published timeframe and the
/// last structure breaks, in memory only. After a restart the feed (or a replay) fills them again.
/// </summary>
public sealed partial class SymbolGrain
{
    /// <summary>Closed candles kept per timeframe.</summary>
    public const int HistoryLength = 500;

    /// <summary>Structure breaks kept.</summary>
    public const int StructureEventsKept = 50;

    private readonly CandleRing[] _history = NewHistory();
    private readonly StructureEventLog _structureEvents = new(StructureEventsKept);

    /// <inheritdoc/>
    public Task<Candle[]> GetCandlesAsync(Timeframe timeframe, DateTime? from, DateTime? to, int? last)
    {
        if (from is { Kind: not DateTimeKind.Utc })
            throw new ArgumentException($"from {from:O} must be UTC", nameof(from));
        if (to is { Kind: not DateTimeKind.Utc })
            throw new ArgumentException($"to {to:O} must be UTC", nameof(to));
        if (last is < 0)
            throw new ArgumentOutOfRangeException(nameof(last), last, "must not be negative");
        return Task.FromResult(_history[IndexOf(timeframe)].Slice(from, to, last));
    }

    private void Remember(in TimeframeCandle closed) => _history[IndexOf(closed.Timeframe)].Add(closed.Candle);

    private static CandleRing[] NewHistory()
    {
        var rings = new CandleRing[PublishedTimeframes.Length];
        for (var i = 0; i < rings.Length; i++)
            rings[i] = new CandleRing(HistoryLength);
        return rings;
    }
}
