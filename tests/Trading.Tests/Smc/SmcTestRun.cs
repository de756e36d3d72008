using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Smc;

namespace Trading.Tests.Smc;

/// <summary>Feeds candles to a fresh analyzer while recording its events and, optionally, a snapshot text per bar.</summary>
internal static class SmcTestRun
{
    public static readonly Symbol Btc = new("BTCUSDT");

    public static SmcAnalyzer Analyzer(SmcOptions? options = null, ISmcEventSink? sink = null, Timeframe timeframe = Timeframe.H1) =>
        new(Btc, timeframe, options, sink);

    public static (SmcAnalyzer Analyzer, EventRecorder Recorder, SmcEventLog Log) Feed(Candle[] candles, SmcOptions? options = null)
    {
        var recorder = new EventRecorder();
        var log = new SmcEventLog();
        var analyzer = Analyzer(options, new TeeSink(recorder, log));
        foreach (var candle in candles)
        {
            recorder.CurrentClose = candle.OpenTime + analyzer.Timeframe.Duration();
            analyzer.Update(candle);
        }
        return (analyzer, recorder, log);
    }

    /// <summary>Everything a consumer can read from the analyzer, as one comparable text.</summary>
    public static string Describe(SmcAnalyzer analyzer)
    {
        var s = analyzer.Snapshot();
        return string.Join(
            " | ",
            s.Time, s.Trend, s.LastBreak, s.LastSwingHigh, s.LastSwingLow, s.DealingRange, s.PreviousDay, s.Atr,
            string.Join(";", s.OrderBlocks), string.Join(";", s.FairValueGaps), string.Join(";", s.LiquidityPools));
    }

    /// <summary>Forwards each event to two sinks.</summary>
    private sealed class TeeSink(ISmcEventSink first, ISmcEventSink second) : ISmcEventSink
    {
        public void OnSwing(in SwingPoint swing)
        {
            first.OnSwing(swing);
            second.OnSwing(swing);
        }

        public void OnStructureBreak(in StructureBreak structureBreak)
        {
            first.OnStructureBreak(structureBreak);
            second.OnStructureBreak(structureBreak);
        }

        public void OnOrderBlock(in OrderBlock block)
        {
            first.OnOrderBlock(block);
            second.OnOrderBlock(block);
        }

        public void OnFairValueGap(in FairValueGap gap)
        {
            first.OnFairValueGap(gap);
            second.OnFairValueGap(gap);
        }

        public void OnLiquidityPool(in LiquidityPool pool)
        {
            first.OnLiquidityPool(pool);
            second.OnLiquidityPool(pool);
        }

        public void OnDailyLevels(in DailyLevels levels)
        {
            first.OnDailyLevels(levels);
            second.OnDailyLevels(levels);
        }
    }
}
