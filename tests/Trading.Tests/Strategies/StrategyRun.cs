using System.Collections.Concurrent;
using System.Globalization;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Strategies;

namespace Trading.Tests.Strategies;

/// <summary>
/// Feeds hourly candles to a strategy, building its higher timeframes with <see cref="CandleResampler"/> and keeping
/// the contract's order: by close time, the lower timeframe first when closes coincide (a higher bar held back by a
/// gap goes before the hourly bar that released it, since it closed earlier).
/// </summary>
internal static class StrategyRun
{
    private static readonly ConcurrentDictionary<string, Candle[]> Files = new();

    /// <summary>Real hourly candles from the shared data folder, read once per test run.</summary>
    public static Candle[] Real(string fileName, int count) =>
        Files.GetOrAdd(fileName, f => CandleCsvReader.ReadAll(SharedData.Path(f)))[..count];

    public static List<Signal> Feed(IStrategy strategy, IReadOnlyList<Candle> hourly)
    {
        var signals = new List<Signal>();
        foreach (var (timeframe, candle) in Events(strategy.Timeframes, hourly))
        {
            if (strategy.OnCandle(timeframe, candle) is { } signal)
                signals.Add(signal);
        }
        return signals;
    }

    /// <summary>The candles of every timeframe in <paramref name="timeframes"/>, built from hourly ones, in feeding order.</summary>
    public static List<(Timeframe Timeframe, Candle Candle)> Events(IReadOnlyList<Timeframe> timeframes, IReadOnlyList<Candle> hourly)
    {
        var events = new List<(Timeframe, Candle)>();
        var higher = timeframes.Where(t => t != Timeframe.H1).Select(t => new CandleResampler(Timeframe.H1, t)).ToArray();
        var closed = new Candle[CandleResampler.MaxClosedPerAdd];
        foreach (var candle in hourly)
        {
            var close = candle.OpenTime.AddHours(1);
            var later = new List<(Timeframe, Candle)>();
            foreach (var resampler in higher)
            {
                var count = resampler.Add(candle, closed);
                for (var i = 0; i < count; i++)
                {
                    if (closed[i].OpenTime + resampler.Output.Duration() < close)
                        events.Add((resampler.Output, closed[i]));
                    else
                        later.Add((resampler.Output, closed[i]));
                }
            }
            events.Add((Timeframe.H1, candle));
            events.AddRange(later);
        }
        return events;
    }

    /// <summary>Every field of a signal as text, targets included, so two runs can be compared.</summary>
    public static string Describe(Signal s) => string.Create(
        CultureInfo.InvariantCulture,
        $"{s.Strategy} {s.Symbol} {s.Time:O} {s.Side} {s.Confidence:R} {s.Entry} {s.Stop} [{string.Join(", ", s.Targets)}] {s.Reason}");
}
