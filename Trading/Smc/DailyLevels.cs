namespace SmartMarket.Trading.Smc;

/// <summary>The previous completed UTC day's open, high, low and close, built from intraday candles.</summary>
/// <param name="Day">Midnight (UTC) that started the described day.</param>
/// <param name="KnownAt">
/// When the day was known to be complete: the next midnight when the day's last bar closed then, otherwise the close
/// of the first later bar that revealed the day had ended.
/// </param>
/// <param name="RangeRatio">The day's high - low divided by the average range of the days before it (1 when none).</param>
public readonly record struct DailyLevels(
    DateTime Day,
    DateTime KnownAt,
    DailyLevel Open,
    DailyLevel High,
    DailyLevel Low,
    DailyLevel Close,
    double RangeRatio)
{
    /// <summary>False for the default value, which stands for "no completed day yet".</summary>
    public bool Exists => KnownAt != default;
}
