using System.Globalization;

namespace SmartMarket.Trading.MarketData;

/// <summary>The consistency rules every stored or derived candle obeys; the reasons read as sentences.</summary>
internal static class CandleChecks
{
    /// <summary>Null when the candle is valid, else why not. Allocates only on failure.</summary>
    public static string? Problem(in Candle candle)
    {
        if (candle.Open <= 0)
            return PriceProblem("open", candle.Open);
        if (candle.High <= 0)
            return PriceProblem("high", candle.High);
        if (candle.Low <= 0)
            return PriceProblem("low", candle.Low);
        if (candle.Close <= 0)
            return PriceProblem("close", candle.Close);
        if (candle.High < candle.Low)
            return Invariant($"high {candle.High} is below low {candle.Low}");
        if (candle.Open < candle.Low || candle.Open > candle.High)
            return Invariant($"open {candle.Open} is outside [low, high] = [{candle.Low}, {candle.High}]");
        if (candle.Close < candle.Low || candle.Close > candle.High)
            return Invariant($"close {candle.Close} is outside [low, high] = [{candle.Low}, {candle.High}]");
        if (candle.Volume < 0)
            return Invariant($"volume {candle.Volume} is negative");
        return null;
    }

    /// <summary>Null when <paramref name="time"/> comes strictly after <paramref name="previous"/>, else why not.</summary>
    public static string? OrderProblem(DateTime time, DateTime? previous)
    {
        if (previous is not { } before || time > before)
            return null;
        return time == before
            ? $"timestamp {Format(time)} repeats the previous timestamp"
            : $"timestamp {Format(time)} is earlier than the previous timestamp {Format(before)}";
    }

    /// <summary>"1h" for the named timeframes, "120s" for any other length.</summary>
    public static string Name(Timeframe timeframe) =>
        Enum.IsDefined(timeframe) ? timeframe.ToShortName() : $"{(int)timeframe}s";

    public static string Format(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static string PriceProblem(string field, decimal value) =>
        Invariant($"{field} must be positive but is {value}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
