using SmartMarket.Trading.Indicators;

namespace Trading.Tests.Indicators;

public class RollingStandardDeviationTests
{
    [Theory]
    [InlineData(VarianceKind.Sample, 2)]
    [InlineData(VarianceKind.Sample, 30)]
    [InlineData(VarianceKind.Population, 1)]
    [InlineData(VarianceKind.Population, 30)]
    public void StdDev_OnFixedSeries_MatchesTwoPassDefinition(VarianceKind kind, int period)
    {
        var prices = TestSeries.Prices(500);
        var expected = ReferenceIndicators.StdDev(prices, period, kind == VarianceKind.Sample);

        IndicatorRun.AssertMatches(expected, IndicatorRun.Values(new RollingStandardDeviation(period, kind), prices), 1e-7);
    }

    [Fact]
    public void StdDev_WithHandComputedValues_DividesByNMinusOneForSamples()
    {
        var sd = new RollingStandardDeviation(3, VarianceKind.Sample);
        foreach (var v in new double[] { 100, 1, 2, 3 })
            sd.Update(v);
        Assert.Equal(1, sd.Value, 12); // window 1, 2, 3: squared deviations 2, / (3 - 1)
        Assert.Equal(2, sd.Mean, 12);
    }

    [Fact]
    public void StdDev_OnSmallMovesAtAHugeLevel_AvoidsCatastrophicCancellation()
    {
        // Values 1e9 + u with u in [0, 1): sum of squares minus squared sum would leave only rounding noise.
        var random = new Random(3);
        var noise = new double[100_000];
        var values = new double[noise.Length];
        for (var i = 0; i < noise.Length; i++)
        {
            noise[i] = random.NextDouble();
            values[i] = 1e9 + noise[i];
        }
        var sd = new RollingStandardDeviation(50, VarianceKind.Sample);
        var actual = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            sd.Update(values[i]);
            actual[i] = sd.Value;
        }

        // Shifting a series leaves its deviation unchanged, so the reference works on the small noise alone.
        var expected = ReferenceIndicators.StdDev(noise[^1000..], 50, sample: true);
        for (var i = 49; i < 1000; i++)
            Assert.Equal(expected[i], actual[values.Length - 1000 + i], 1e-6);
    }

    [Fact]
    public void StdDev_OfAConstantSeries_IsZero()
    {
        var sd = new RollingStandardDeviation(4, VarianceKind.Population);
        for (var i = 0; i < 20; i++)
            sd.Update(0.1);
        Assert.Equal(0, sd.Value, 12);
    }

    [Theory]
    [InlineData(0, VarianceKind.Population)]
    [InlineData(1, VarianceKind.Sample)]
    [InlineData(-5, VarianceKind.Sample)]
    public void StdDev_WithTooShortPeriod_ThrowsNamingPeriod(int period, VarianceKind kind) =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new RollingStandardDeviation(period, kind)).ParamName);

    [Fact]
    public void StdDev_WithUnknownKind_ThrowsNamingKind() =>
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new RollingStandardDeviation(5, (VarianceKind)7)).ParamName);
}
