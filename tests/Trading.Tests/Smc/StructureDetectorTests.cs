using SmartMarket.Trading.Smc;

namespace Trading.Tests.Smc;

public class StructureDetectorTests
{
    [Fact]
    public void Breaks_InHandBuiltSequence_AreBosThenChochThenBos()
    {
        var (analyzer, recorder, log) = StructureScenario.Run(15);

        Assert.Equal(3, log.Breaks.Count);
        AssertBreak(log.Breaks[0], StructureBreakKind.BreakOfStructure, Bias.Bullish, 110m, swingBar: 2, breakBar: 6);
        AssertBreak(log.Breaks[1], StructureBreakKind.ChangeOfCharacter, Bias.Bearish, 112m, swingBar: 9, breakBar: 11);
        AssertBreak(log.Breaks[2], StructureBreakKind.BreakOfStructure, Bias.Bearish, 104m, swingBar: 12, breakBar: 14);
        Assert.Equal(Bias.Bearish, analyzer.Trend);
        Assert.Equal(log.Breaks[2], analyzer.Structure.LastBreak);
        Assert.Empty(recorder.Mismatches);
    }

    [Fact]
    public void Trend_BeforeAnyBreak_IsNone()
    {
        var (analyzer, _, log) = StructureScenario.Run(6);

        Assert.Empty(log.Breaks);
        Assert.Equal(Bias.None, analyzer.Trend);
        Assert.False(analyzer.Structure.LastBreak.Exists);
    }

    [Fact]
    public void BrokenSwing_IsNotBrokenTwice()
    {
        // Bar 7 closes at 119, still above the 110 already broken by bar 6, and no new swing high is confirmed yet.
        var (_, _, log) = StructureScenario.Run(8);

        Assert.Single(log.Breaks);
    }

    private static void AssertBreak(StructureBreak actual, StructureBreakKind kind, Bias direction, decimal level, int swingBar, int breakBar)
    {
        Assert.Equal(kind, actual.Kind);
        Assert.Equal(direction, actual.Direction);
        Assert.Equal(level, actual.Level);
        Assert.Equal(swingBar, actual.Swing.BarIndex);
        Assert.Equal(breakBar, actual.BarIndex);
        Assert.Equal(StructureScenario.CloseOf(breakBar), actual.KnownAt);
    }
}
