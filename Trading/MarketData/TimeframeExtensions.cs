namespace SmartMarket.Trading.MarketData;

/// <summary>Conversions between <see cref="Timeframe"/>, durations and the usual short names ("1m", "4h", "1d").</summary>
public static class TimeframeExtensions
{
    /// <summary>The timeframes in ascending order.</summary>
    public static ReadOnlySpan<Timeframe> All =>
        [Timeframe.M1, Timeframe.M5, Timeframe.M15, Timeframe.M30, Timeframe.H1, Timeframe.H4, Timeframe.D1];

    public static TimeSpan Duration(this Timeframe timeframe) => TimeSpan.FromSeconds((int)timeframe);

    /// <summary>The open time of the bar that contains <paramref name="time"/> (bars align to the Unix epoch, UTC).</summary>
    public static DateTime BarOpen(this Timeframe timeframe, DateTime time)
    {
        var length = TimeSpan.TicksPerSecond * (int)timeframe;
        return new DateTime(time.Ticks - time.Ticks % length, DateTimeKind.Utc);
    }

    public static string ToShortName(this Timeframe timeframe) => timeframe switch
    {
        Timeframe.M1 => "1m",
        Timeframe.M5 => "5m",
        Timeframe.M15 => "15m",
        Timeframe.M30 => "30m",
        Timeframe.H1 => "1h",
        Timeframe.H4 => "4h",
        Timeframe.D1 => "1d",
        _ => throw new ArgumentOutOfRangeException(nameof(timeframe), timeframe, "unknown timeframe"),
    };

    /// <summary>Parses "1m", "5m", "15m", "30m", "1h", "4h" or "1d" (case-insensitive).</summary>
    public static bool TryParse(string? text, out Timeframe timeframe)
    {
        timeframe = text?.ToLowerInvariant() switch
        {
            "1m" => Timeframe.M1,
            "5m" => Timeframe.M5,
            "15m" => Timeframe.M15,
            "30m" => Timeframe.M30,
            "1h" => Timeframe.H1,
            "4h" => Timeframe.H4,
            "1d" => Timeframe.D1,
            _ => 0,
        };
        return timeframe != 0;
    }
}
