using SmartMarket.Trading.Strategies;

namespace Trading.Tests.Strategies;

public class EfficiencyRatioTests
{
    [Fact]
    public void Value_OnRealCloses_MatchesTheNaiveRatioAtEveryBar()
    {
        var closes = StrategyRun.Real("SOLUSDT-1h.csv", 3000).Select(c => (double)c.Close).ToArray();
        var ratio = new EfficiencyRatio(48);

        for (var i = 0; i < closes.Length; i++)
        {
            ratio.Update(closes[i]);
            if (i < 48)
            {
                Assert.False(ratio.IsReady);
                Assert.True(double.IsNaN(ratio.Value));
                continue;
            }
            Assert.Equal(NaiveIndicators.EfficiencyRatio(closes[..(i + 1)], 48), ratio.Value, 10);
        }
    }

    [Fact]
    public void Value_ForAStraightLine_IsOne_AndForAFlatLine_IsZero()
    {
        var line = new EfficiencyRatio(5);
        var flat = new EfficiencyRatio(5);
        for (var i = 0; i < 10; i++)
        {
            line.Update(100 + 3 * i);
            flat.Update(100);
        }

        Assert.Equal(1.0, line.Value, 12);
        Assert.Equal(0.0, flat.Value);
    }

    [Fact]
    public void Constructor_WithPeriodBelowOne_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new EfficiencyRatio(0));

        Assert.Equal("period", error.ParamName);
    }
}
