using SmartMarket.Trading.Indicators;

namespace Trading.Tests.Indicators;

public class RollingCorrelationTests
{
    [Fact]
    public void Correlation_OnFixedSeries_MatchesPearsonDefinition()
    {
        var x = TestSeries.Prices(400, seed: 1);
        var noise = TestSeries.Prices(400, seed: 2);
        var y = x.Select((v, i) => 0.5 * v + noise[i]).ToArray();
        var expected = ReferenceIndicators.Correlation(x, y, 25);

        var correlation = new RollingCorrelation(25);
        var actual = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            correlation.Update(x[i], y[i]);
            actual[i] = correlation.Value;
            Assert.Equal(i >= 24, correlation.IsReady);
        }

        IndicatorRun.AssertMatches(expected, actual, 1e-7);
    }

    [Fact]
    public void Correlation_OfExactLinearRelations_IsPlusOrMinusOne()
    {
        var up = new RollingCorrelation(5);
        var down = new RollingCorrelation(5);
        for (var i = 0; i < 12; i++)
        {
            up.Update(i, 3 * i + 1);
            down.Update(i, -2 * i);
        }
        Assert.Equal(1, up.Value, 12);
        Assert.Equal(-1, down.Value, 12);
    }

    [Fact]
    public void Correlation_WithOffsetSeries_IsStable()
    {
        var x = TestSeries.Prices(5000, seed: 4).Select(v => 1e8 + v).ToArray();
        var y = TestSeries.Prices(5000, seed: 5).Select(v => 3e7 - v).ToArray();
        var correlation = new RollingCorrelation(40);
        for (var i = 0; i < x.Length; i++)
            correlation.Update(x[i], y[i]);

        var shiftedX = x[^40..].Select(v => v - 1e8).ToArray();
        var shiftedY = y[^40..].Select(v => v - 3e7).ToArray();
        Assert.Equal(ReferenceIndicators.Correlation(shiftedX, shiftedY, 40)[^1], correlation.Value, 1e-6);
    }

    [Fact]
    public void Correlation_WhenOneSeriesIsFlat_IsNaN()
    {
        var correlation = new RollingCorrelation(3);
        for (var i = 0; i < 6; i++)
            correlation.Update(i, 0.1);
        Assert.True(correlation.IsReady);
        Assert.True(double.IsNaN(correlation.Value));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public void Correlation_WithPeriodBelowTwo_ThrowsNamingPeriod(int period) =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new RollingCorrelation(period)).ParamName);

    [Fact]
    public void Correlation_WithNaNInY_ThrowsNamingY() =>
        Assert.Equal("y", Assert.Throws<ArgumentOutOfRangeException>(() => new RollingCorrelation(3).Update(1, double.NaN)).ParamName);
}
