using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Smc;

namespace Trading.Tests.Smc;

public class SmcAnalyzerTests
{
    [Fact]
    public void Update_WithCandleNotAfterThePrevious_ThrowsNamingCandle_AndKeepsState()
    {
        var candles = TestCandles.RandomWalk(50, seed: 2);
        var (analyzer, _, _) = SmcTestRun.Feed(candles[..40]);
        var before = SmcTestRun.Describe(analyzer);

        var error = Assert.Throws<ArgumentException>(() => analyzer.Update(candles[39]));

        Assert.Equal("candle", error.ParamName);
        Assert.Contains("not after the previous", error.Message);
        Assert.Equal(before, SmcTestRun.Describe(analyzer));
        Assert.Equal(40, analyzer.BarCount);
        analyzer.Update(candles[40]);
        Assert.Equal(41, analyzer.BarCount);
    }

    [Theory]
    [InlineData(100, 99, 101, 100, "High 99 is below Low 101")]
    [InlineData(98, 100, 99, 99.5, "Open 98 is outside")]
    [InlineData(99.5, 100, 99, 100.5, "Close 100.5 is outside")]
    [InlineData(0, 1, 0, 0.5, "Low 0 must be positive")]
    public void Update_WithInconsistentPrices_ThrowsSayingWhich(double open, double high, double low, double close, string problem)
    {
        var analyzer = SmcTestRun.Analyzer();
        var candle = new Candle(TestCandles.Start, (decimal)open, (decimal)high, (decimal)low, (decimal)close, 1m);

        var error = Assert.Throws<ArgumentException>(() => analyzer.Update(candle));

        Assert.Equal("candle", error.ParamName);
        Assert.Contains(problem, error.Message);
        Assert.Equal(0, analyzer.BarCount);
    }

    [Fact]
    public void Update_WithNegativeVolume_Throws()
    {
        var analyzer = SmcTestRun.Analyzer();

        var error = Assert.Throws<ArgumentException>(() => analyzer.Update(new Candle(TestCandles.Start, 1m, 1m, 1m, 1m, -1m)));

        Assert.Contains("Volume -1 is negative", error.Message);
    }

    [Fact]
    public void Update_WithTimeOffTheTimeframeGrid_Throws()
    {
        var analyzer = SmcTestRun.Analyzer();

        var error = Assert.Throws<ArgumentException>(() => analyzer.Update(new Candle(TestCandles.Start.AddMinutes(30), 1m, 1m, 1m, 1m, 1m)));

        Assert.Contains("not a bar open", error.Message);
    }

    [Fact]
    public void Update_WithLocalTime_Throws()
    {
        var analyzer = SmcTestRun.Analyzer();
        var local = DateTime.SpecifyKind(TestCandles.Start, DateTimeKind.Local);

        var error = Assert.Throws<ArgumentException>(() => analyzer.Update(new Candle(local, 1m, 1m, 1m, 1m, 1m)));

        Assert.Contains("must be UTC", error.Message);
    }

    [Theory]
    [InlineData(nameof(SmcOptions.SwingLength))]
    [InlineData(nameof(SmcOptions.MaxOrderBlocks))]
    [InlineData(nameof(SmcOptions.EqualLevelAtr))]
    [InlineData(nameof(SmcOptions.EquilibriumHalfWidth))]
    public void Constructor_WithSettingOutOfRange_ThrowsNamingIt(string setting)
    {
        var options = setting switch
        {
            nameof(SmcOptions.SwingLength) => new SmcOptions { SwingLength = 0 },
            nameof(SmcOptions.MaxOrderBlocks) => new SmcOptions { MaxOrderBlocks = -1 },
            nameof(SmcOptions.EqualLevelAtr) => new SmcOptions { EqualLevelAtr = double.NaN },
            _ => new SmcOptions { EquilibriumHalfWidth = 0.6 },
        };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SmcTestRun.Analyzer(options));

        Assert.Equal(setting, error.ParamName);
    }

    [Fact]
    public void Constructor_WithAllConfluenceWeightsZero_Throws()
    {
        var options = new SmcOptions { TrendWeight = 0, OrderBlockWeight = 0, FairValueGapWeight = 0, DailyLevelWeight = 0, PremiumDiscountWeight = 0 };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SmcTestRun.Analyzer(options));

        Assert.Contains("weight", error.Message);
    }

    [Fact]
    public void Reset_ThenTheSameCandles_GivesTheSameEventsAndState()
    {
        var candles = TestCandles.ReadCsv("BTCUSDT-1h.csv", 1500);
        var recorder = new EventRecorder();
        var analyzer = SmcTestRun.Analyzer(sink: recorder);
        foreach (var candle in candles)
        {
            recorder.CurrentClose = candle.OpenTime.AddHours(1);
            analyzer.Update(candle);
        }
        var first = recorder.Events.ToList();
        var state = SmcTestRun.Describe(analyzer);

        analyzer.Reset();
        recorder.Events.Clear();
        Assert.Equal(0, analyzer.BarCount);
        foreach (var candle in candles)
        {
            recorder.CurrentClose = candle.OpenTime.AddHours(1);
            analyzer.Update(candle);
        }

        Assert.Equal(first, recorder.Events);
        Assert.Equal(state, SmcTestRun.Describe(analyzer));
    }

    [Fact]
    public void Update_OnRealData_FindsEveryKindOfStructure()
    {
        var candles = TestCandles.ReadCsv("BTCUSDT-1h.csv", 6000);

        var (analyzer, recorder, log) = SmcTestRun.Feed(candles);

        Assert.Contains(log.Breaks, b => b.Kind == StructureBreakKind.BreakOfStructure);
        Assert.Contains(log.Breaks, b => b.Kind == StructureBreakKind.ChangeOfCharacter);
        Assert.Contains(log.OrderBlocks, b => b.State == OrderBlockState.Mitigated);
        Assert.Contains(log.OrderBlocks, b => b.State == OrderBlockState.Invalidated);
        Assert.Contains(log.FairValueGaps, g => g.State == FairValueGapState.Filled);
        Assert.Contains(log.LiquidityPools, p => p.State == LiquidityPoolState.Swept);
        Assert.Contains(log.LiquidityPools, p => p.State == LiquidityPoolState.Broken);
        Assert.InRange(log.DailyLevels.Count, 240, 251);
        Assert.True(analyzer.DealingRange.IsValid);
        Assert.Empty(recorder.Mismatches);
    }

    [Fact]
    public void Update_AfterWarmUp_AllocatesNothing()
    {
        var candles = TestCandles.ReadCsv("BTCUSDT-1h.csv", 8000);
        var warm = SmcTestRun.Analyzer();
        foreach (var candle in candles)
            warm.Update(candle);
        var analyzers = new SmcAnalyzer[Allocations.Passes];
        for (var a = 0; a < analyzers.Length; a++)
        {
            analyzers[a] = SmcTestRun.Analyzer();
            for (var i = 0; i < 100; i++)
                analyzers[a].Update(candles[i]);
        }

        var passes = Allocations.UntilClean(pass =>
        {
            for (var i = 100; i < candles.Length; i++)
                analyzers[pass].Update(candles[i]);
        });

        Allocations.AssertClean(passes);
    }

    [Fact]
    public void Snapshot_CopiesTheLiveStructures()
    {
        var (analyzer, _, _) = StructureScenario.Run(15);

        var snapshot = analyzer.Snapshot();
        analyzer.Update(StructureScenario.Candles[15]);

        Assert.Equal(StructureScenario.CloseOf(14), snapshot.Time);
        Assert.Equal(Bias.Bearish, snapshot.Trend);
        Assert.Equal(3, snapshot.OrderBlocks.Count);
        Assert.Contains(snapshot.OrderBlocks, b => b.OriginIndex == 12 && b.State == OrderBlockState.Fresh);
        Assert.Contains(snapshot.FairValueGaps, g => g.Direction == Bias.Bearish && g.Top == 113m && g.Bottom == 110m);
        Assert.Equal((118m, 104m), (snapshot.DealingRange.High, snapshot.DealingRange.Low));
    }
}
