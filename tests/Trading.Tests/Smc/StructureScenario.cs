using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Smc;

namespace Trading.Tests.Smc;

/// <summary>
/// A hand-built hourly sequence, worked out on paper with 1-bar fractals (N = 1): swing highs 110 (bar 2), 120 (bar 7)
/// and 118 (bar 10); swing lows 100 (bar 4), 112 (bar 9), 104 (bar 12) and 101 (bar 14). Bar 6 closes above 110: first break, a bullish BOS. Bar 11 closes below the swing low 112 (bar 9): a bearish CHoCH.
/// Bar 14 closes below the swing low 104 (bar 12): a bearish BOS. Bars 15-17 mitigate and invalidate order blocks.
/// </summary>
internal static class StructureScenario
{
    public static readonly SmcOptions Options = new() { SwingLength = 1, MinFairValueGapAtr = 0 };

    public static Candle[] Candles { get; } = TestCandles.Hourly(
        (100, 101, 99, 100),       // 0
        (100, 105, 100, 104),      // 1
        (104, 110, 103, 108),      // 2  swing high 110
        (107, 107, 101, 102),      // 3
        (102, 103, 100, 101),      // 4  swing low 100, bearish candle: bullish OB origin
        (101.5, 106, 101.5, 105),  // 5
        (105, 112, 104, 111),      // 6  close 111 > 110: BOS up
        (111, 120, 110, 119),      // 7  swing high 120
        (119, 119.5, 113, 114),    // 8
        (114, 116, 112, 115),      // 9  swing low 112
        (115, 118, 113, 117),      // 10 swing high 118, bullish candle: bearish OB origin
        (117, 117.5, 108, 109),    // 11 close 109 < 112: CHoCH down
        (109, 110, 104, 105),      // 12 swing low 104
        (105, 108, 105, 107),      // 13
        (107, 107.5, 101, 102),    // 14 close 102 < 104: BOS down; low 101 mitigates the bullish OB
        (102, 106, 101.5, 105.5),  // 15 high 106 mitigates the bearish OB [104, 110]
        (105.5, 111, 105, 110.5),  // 16 close 110.5 > 110 invalidates it
        (110, 110.5, 99, 99.5));   // 17 close 99.5 < 100 invalidates the bullish OB

    public static DateTime CloseOf(int bar) => TestCandles.Start.AddHours(bar + 1);

    public static DateTime OpenOf(int bar) => TestCandles.Start.AddHours(bar);

    public static (SmcAnalyzer Analyzer, EventRecorder Recorder, SmcEventLog Log) Run(int bars) =>
        SmcTestRun.Feed(Candles[..bars], Options);
}
