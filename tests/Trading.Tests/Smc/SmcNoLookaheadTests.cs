using SmartMarket.Trading.MarketData;

namespace Trading.Tests.Smc;

/// <summary>
/// The analyzer never looks ahead: events fed one bar at a time stamp the bar that revealed them; a run stopped at bar
/// k sees exactly the events and state of the full run up to k; changing bars after k changes nothing up to k.
/// </summary>
public class SmcNoLookaheadTests
{
    public static TheoryData<string> Series => ["random-walk", "BTCUSDT-1h.csv", "ETHUSDT-1h.csv"];

    [Theory]
    [MemberData(nameof(Series))]
    public void Events_AreStampedWithTheBarThatRevealedThem(string series)
    {
        var (_, recorder, _) = SmcTestRun.Feed(Load(series));

        Assert.True(recorder.Events.Count > 500);
        Assert.Empty(recorder.Mismatches);
    }

    [Theory]
    [MemberData(nameof(Series))]
    public void PrefixRun_SeesExactlyTheFullRunsEventsAndStateUpToItsLastBar(string series)
    {
        var candles = Load(series);
        var fullRecorder = new EventRecorder();
        var full = SmcTestRun.Analyzer(sink: fullRecorder);
        var cutoffs = new[] { 40, 777, 1500, 2222, candles.Length - 2 };
        var statesAtCutoff = new Dictionary<int, string>();
        for (var i = 0; i < candles.Length; i++)
        {
            fullRecorder.CurrentClose = candles[i].OpenTime.AddHours(1);
            full.Update(candles[i]);
            if (cutoffs.Contains(i))
                statesAtCutoff[i] = SmcTestRun.Describe(full);
        }

        foreach (var k in cutoffs)
        {
            var (prefix, recorder, _) = SmcTestRun.Feed(candles[..(k + 1)]);
            var cutoffTime = candles[k].OpenTime.AddHours(1);
            Assert.Equal(fullRecorder.Events.Where(e => e.Time <= cutoffTime), recorder.Events);
            Assert.Equal(statesAtCutoff[k], SmcTestRun.Describe(prefix));
        }
    }

    [Theory]
    [MemberData(nameof(Series))]
    public void ChangingLaterBars_NeverChangesEarlierEvents(string series)
    {
        var candles = Load(series);
        var (_, original, _) = SmcTestRun.Feed(candles);

        foreach (var k in new[] { 100, 1234, 2500 })
        {
            var (_, changed, _) = SmcTestRun.Feed(TestCandles.WithFutureChanged(candles, k, seed: k));
            var cutoffTime = candles[k].OpenTime.AddHours(1);
            var before = original.Events.Where(e => e.Time <= cutoffTime).ToList();
            Assert.Equal(before, changed.Events.Where(e => e.Time <= cutoffTime));
            // The change must matter afterwards, or the test would prove nothing.
            Assert.NotEqual(original.Events.Where(e => e.Time > cutoffTime), changed.Events.Where(e => e.Time > cutoffTime));
        }
    }

    private static Candle[] Load(string series) => series == "random-walk"
        ? TestCandles.RandomWalk(3000, seed: 42)
        : TestCandles.ReadCsv(series, 3000);
}
