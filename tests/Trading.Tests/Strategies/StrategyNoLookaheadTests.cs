using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Strategies;
using Trading.Tests.Smc;

namespace Trading.Tests.Strategies;

/// <summary>
/// No strategy looks ahead: a run stopped at bar k emits exactly the full run's signals up to k's close, and changing
/// bars after k changes no signal at or before k's close (higher timeframes are rebuilt from the changed hours).
/// </summary>
public class StrategyNoLookaheadTests
{
    private const int Bars = 6000;

    public static TheoryData<string, string> Cases() => RealDataStrategyTests.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void PrefixRun_EmitsExactlyTheFullRunsSignalsUpToItsLastBar(string name, string ticker)
    {
        var candles = StrategyRun.Real($"{ticker}-1h.csv", Bars);
        var full = Run(name, ticker, candles);
        Assert.NotEmpty(full);

        foreach (var k in new[] { 500, 2345, 4321 })
        {
            var cutoff = candles[k].OpenTime.AddHours(1);
            Assert.Equal(full.Where(s => s.Time <= cutoff).Select(StrategyRun.Describe), Run(name, ticker, candles[..(k + 1)]).Select(StrategyRun.Describe));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ChangingLaterBars_NeverChangesEarlierSignals(string name, string ticker)
    {
        var candles = StrategyRun.Real($"{ticker}-1h.csv", Bars);
        var original = Run(name, ticker, candles);

        foreach (var k in new[] { 1000, 3000 })
        {
            var cutoff = candles[k].OpenTime.AddHours(1);
            var changed = Run(name, ticker, TestCandles.WithFutureChanged(candles, k, seed: k));
            Assert.Equal(
                original.Where(s => s.Time <= cutoff).Select(StrategyRun.Describe),
                changed.Where(s => s.Time <= cutoff).Select(StrategyRun.Describe));
            Assert.NotEqual(
                original.Where(s => s.Time > cutoff).Select(StrategyRun.Describe),
                changed.Where(s => s.Time > cutoff).Select(StrategyRun.Describe));
        }
    }

    private static List<Signal> Run(string name, string ticker, Candle[] candles) =>
        StrategyRun.Feed(StrategyFactory.Create(name, new Symbol(ticker), StrategyParameters.Parse("MinConfidence=0")), candles);
}
