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
}
