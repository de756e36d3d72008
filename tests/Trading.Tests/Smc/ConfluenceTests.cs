using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Smc;

namespace Trading.Tests.Smc;

public class ConfluenceTests
{
    [Fact]
    public void DealingRange_SpansTheLastSwingLowToTheLastSwingHigh_WithZonesAroundHalfway()
    {
        var (analyzer, _, _) = StructureScenario.Run(15);

        var range = analyzer.DealingRange;

        // Last confirmed swings after bar 14: high 118 (bar 10, known at bar 11), low 104 (bar 12, known at bar 13).
        Assert.Equal((118m, 104m, 111m), (range.High, range.Low, range.Equilibrium));
        Assert.Equal(StructureScenario.CloseOf(13), range.KnownAt);
        Assert.Equal(PriceZone.Premium, range.ZoneOf(112m));       // 8/14 = 57 %
        Assert.Equal(PriceZone.Equilibrium, range.ZoneOf(111.5m)); // 53.6 %
        Assert.Equal(PriceZone.Discount, range.ZoneOf(110m));      // 42.9 %
        Assert.Equal(0.5, range.PositionOf(111m), 12);
    }

    [Fact]
    public void DealingRange_BeforeBothSwings_IsInvalid()
    {
        var (analyzer, _, _) = StructureScenario.Run(3);

        Assert.False(analyzer.DealingRange.IsValid);
        Assert.Equal(PriceZone.Unknown, analyzer.DealingRange.ZoneOf(100m));
    }

    [Fact]
    public void Confluence_ForSellInsideBearishBlockInPremiumWithTrend_AddsThoseThreeWeights()
    {
        var (analyzer, _, _) = StructureScenario.Run(15);

        var score = analyzer.Confluence(Side.Sell, 115m);

        // Trend bearish (0.25) + inside the bearish block [113, 118] (0.25) + premium (0.20); the only bearish gap
        // [110, 113] does not reach 115 and there is no completed day yet.
        Assert.Equal(ConfluenceFactors.Trend | ConfluenceFactors.OrderBlock | ConfluenceFactors.PremiumDiscount, score.Factors);
        Assert.Equal(0.70, score.Score, 12);
    }

    [Fact]
    public void Confluence_ForBuyAgainstTrend_CountsOnlyBlockAndDiscount()
    {
        var (analyzer, _, _) = StructureScenario.Run(15);

        var score = analyzer.Confluence(Side.Buy, 101.5m);

        // Inside the mitigated bullish block [100, 103] (0.25) and below the range (0.20); both bullish gaps are filled.
        Assert.Equal(ConfluenceFactors.OrderBlock | ConfluenceFactors.PremiumDiscount, score.Factors);
        Assert.Equal(0.45, score.Score, 12);
    }

    [Fact]
    public void Confluence_WithCustomWeights_IsTheWeightedShare()
    {
        var options = StructureScenario.Options with { TrendWeight = 3, OrderBlockWeight = 1, FairValueGapWeight = 0, DailyLevelWeight = 0, PremiumDiscountWeight = 0 };
        var (analyzer, _, _) = SmcTestRun.Feed(StructureScenario.Candles[..15], options);

        Assert.Equal(1.0, analyzer.Confluence(Side.Sell, 115m).Score, 12);
        Assert.Equal(0.75, analyzer.Confluence(Side.Sell, 125m).Score, 12);
        Assert.Equal(0.25, analyzer.Confluence(Side.Buy, 101.5m).Score, 12);
    }
}
