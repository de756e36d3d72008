using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Risk;

namespace Trading.Tests.Risk;

public class VarTests
{
    // Known quantiles of the standard normal distribution.
    private const double Z95 = 1.6448536269514722;
    private const double Z99 = 2.3263478740408408;

    // The 20 returns -0.10, -0.09, ..., 0.09 in a scrambled order.
    private static double[] TwentyReturns()
    {
        var values = new double[20];
        for (var i = 0; i < 20; i++)
            values[(i * 7) % 20] = (i - 10) / 100d;
        return values;
    }

    private static double StdNormalDensity(double z) => Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI);

    [Theory]
    [InlineData(0.95, 0.10, 0.10)]             // n·α = 1: the single worst
    [InlineData(0.90, 0.09, 0.095)]            // n·α = 2: mean of -0.10, -0.09
    [InlineData(0.85, 0.08, 0.09)]             // n·α = 3: mean of -0.10, -0.09, -0.08
    [InlineData(0.875, 0.08, 0.092)]           // n·α = 2.5: (0.10 + 0.09 + 0.5 x 0.08) / 2.5
    [InlineData(0.99, 0.10, 0.10)]             // n·α = 0.2: the worst outcome bounds both
    public void Historical_OnKnownSample_UsesExactOrderStatistics(double confidence, double expectedVar, double expectedCvar)
    {
        var estimate = HistoricalVar.Estimate(TwentyReturns(), confidence);

        Assert.Equal(expectedVar, estimate.ValueAtRisk, 12);
        Assert.Equal(expectedCvar, estimate.ConditionalValueAtRisk, 12);
    }

    [Fact]
    public void Historical_WithHundredOutcomesAt95_TakesFifthWorstNotSixth()
    {
        // 100 x (1 - 0.95) is 5.000000000000004 in floating point; the 5th order statistic is still the answer.
        var outcomes = Enumerable.Range(1, 100).Select(i => -i / 1000d).ToArray();

        var estimate = HistoricalVar.Estimate(outcomes, 0.95);

        Assert.Equal(0.096, estimate.ValueAtRisk, 12);
        Assert.Equal((0.100 + 0.099 + 0.098 + 0.097 + 0.096) / 5, estimate.ConditionalValueAtRisk, 12);
    }

    [Fact]
    public void Historical_WithNoOutcomes_ThrowsNamingOutcomes()
    {
        var ex = Assert.Throws<ArgumentException>(() => HistoricalVar.Estimate([], 0.95));
        Assert.Equal("outcomes", ex.ParamName);
    }

    [Fact]
    public void Historical_WithConfidenceOfOne_ThrowsNamingConfidence()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => HistoricalVar.Estimate([0.1], 1.0));
        Assert.Equal("confidence", ex.ParamName);
    }

    [Fact]
    public void Parametric_FromMeanAndDeviation_MatchesZScoreFormula()
    {
        var estimate = ParametricVar.Estimate(0.001, 0.02, 0.99);

        Assert.Equal(Z99 * 0.02 - 0.001, estimate.ValueAtRisk, 9);
        Assert.Equal(0.02 * StdNormalDensity(Z99) / 0.01 - 0.001, estimate.ConditionalValueAtRisk, 9);
    }

    [Fact]
    public void Parametric_FromSample_UsesSampleMeanAndDeviation()
    {
        var returns = TwentyReturns();
        var mean = returns.Sum() / returns.Length;
        var sd = Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / (returns.Length - 1));

        var estimate = ParametricVar.Estimate(returns, 0.95);

        Assert.Equal(Z95 * sd - mean, estimate.ValueAtRisk, 9);
        Assert.Equal(sd * StdNormalDensity(Z95) / 0.05 - mean, estimate.ConditionalValueAtRisk, 9);
    }

    [Theory]
    [InlineData(0.5, 0.0)]
    [InlineData(0.95, Z95)]
    [InlineData(0.99, Z99)]
    [InlineData(0.05, -Z95)]
    [InlineData(0.001, -3.090232306167813)]
    [InlineData(0.7, 0.5244005127080407)]
    [InlineData(0.2, -0.8416212335729142)]
    [InlineData(1e-12, -7.034483825301132)]
    public void InverseCdf_MatchesKnownQuantiles(double p, double z) => Assert.Equal(z, NormalDistribution.InverseCdf(p), 14);

    [Fact]
    public void PortfolioParametric_MatchesSqrtOfQuadraticForm()
    {
        var covariance = new CovarianceMatrix([new Symbol("BTCUSDT"), new Symbol("ETHUSDT")], new[,] { { 0.0004, 0.0001 }, { 0.0001, 0.0009 } });

        // vᵀΣv = 1e8·0.0004 + 2·10,000·(-5,000)·0.0001 + 2.5e7·0.0009 = 40,000 - 10,000 + 22,500 = 52,500.
        var estimate = PortfolioVar.Parametric([10_000d, -5_000d], covariance, 0.95);

        Assert.Equal(Z95 * Math.Sqrt(52_500d), estimate.ValueAtRisk, 6);
        Assert.Equal(Math.Sqrt(52_500d) * StdNormalDensity(Z95) / 0.05, estimate.ConditionalValueAtRisk, 6);
    }

    [Fact]
    public void PortfolioParametric_FromPositions_ValuesAtMarkPrices()
    {
        var btc = new Symbol("BTCUSDT");
        var eth = new Symbol("ETHUSDT");
        var covariance = new CovarianceMatrix([btc, eth], new[,] { { 0.0004, 0.0001 }, { 0.0001, 0.0009 } });
        PositionExposure[] positions = [new(eth, -2m, 2_500m), new(btc, 0.2m, 50_000m)];

        var estimate = PortfolioVar.Parametric(positions, covariance, 0.95);

        Assert.Equal(Z95 * Math.Sqrt(52_500d), estimate.ValueAtRisk, 6);
    }

    [Fact]
    public void PortfolioParametric_WithSymbolMissingFromMatrix_ThrowsNamingIt()
    {
        var covariance = new CovarianceMatrix([new Symbol("BTCUSDT")], new[,] { { 0.0004 } });

        var ex = Assert.Throws<KeyNotFoundException>(() => PortfolioVar.Parametric([new PositionExposure(new Symbol("SOLUSDT"), 1m, 100m)], covariance, 0.95));

        Assert.Contains("SOLUSDT", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PortfolioParametric_WithIndefiniteMatrix_Throws()
    {
        // Correlation 2 between the two: not a covariance matrix.
        var covariance = new CovarianceMatrix([new Symbol("AAA"), new Symbol("BBB")], new[,] { { 1.0, 2.0 }, { 2.0, 1.0 } });

        var ex = Assert.Throws<ArgumentException>(() => PortfolioVar.Parametric([1d, -1d], covariance, 0.95));

        Assert.Equal("covariance", ex.ParamName);
    }

    [Fact]
    public void CovarianceMatrix_NotSymmetric_ThrowsNamingValues()
    {
        var ex = Assert.Throws<ArgumentException>(() => new CovarianceMatrix([new Symbol("AAA"), new Symbol("BBB")], new[,] { { 1.0, 0.2 }, { 0.3, 1.0 } }));
        Assert.Equal("values", ex.ParamName);
    }

    [Fact]
    public void PortfolioHistorical_RevaluesTodaysPositionsOverPastReturns()
    {
        // P&L per scenario of values (1,000, 2,000): 10 - 20 = -10; -30 + 40 = 10; -50 - 60 = -110; 20 + 0 = 20.
        var scenarios = new[,] { { 0.01, -0.01 }, { -0.03, 0.02 }, { -0.05, -0.03 }, { 0.02, 0.0 } };

        var estimate = PortfolioVar.Historical([1_000d, 2_000d], scenarios, 0.5);

        // n·α = 2: the second worst is -10; CVaR averages -110 and -10.
        Assert.Equal(10d, estimate.ValueAtRisk, 9);
        Assert.Equal(60d, estimate.ConditionalValueAtRisk, 9);
    }
}
