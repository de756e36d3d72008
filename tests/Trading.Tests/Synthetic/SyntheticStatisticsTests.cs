using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Synthetic;

namespace Trading.Tests.Synthetic;

/// <summary>Long-run properties of the generated market: correlation, volatility clustering, regimes, volume shape.</summary>
public class SyntheticStatisticsTests
{
    private const int Minutes = 100_000;
    private static readonly SyntheticMarketOptions Options = SyntheticMarketOptions.CreateDefault(seed: 77);
    private static readonly SyntheticMarket Market = new(Options);
    private static readonly Lazy<Candle[][]> Candles = new(() =>
        Market.Symbols.Select(s => Market.GenerateCandles(s, Market.Start, Market.Start.AddMinutes(Minutes))).ToArray());

    [Fact]
    public void ReturnCorrelations_OverALongRun_AreCloseToTheConfiguredMatrix()
    {
        var returns = Candles.Value.Select(c => Stats.LogReturns(c.Select(x => x.Close).ToArray())).ToArray();
        for (var i = 0; i < returns.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                // Each symbol's own GARCH scale differs a little from the others', which pulls return correlation
                // slightly below the shock correlation; 0.04 leaves room for that and for sampling error.
                var sample = Stats.Correlation(returns[i], returns[j]);
                Assert.True(Math.Abs(sample - Options.Correlation[i][j]) < 0.04, $"[{i}][{j}] configured {Options.Correlation[i][j]}, sample {sample:F3}");
            }
        }
    }

    [Fact]
    public void ShockCorrelations_MatchTheConfiguredMatrixClosely()
    {
        var model = new SyntheticModel(Options);
        var shocks = model.Symbols.Select(s =>
        {
            var path = new SymbolPath(model, s);
            return Enumerable.Range(0, Minutes).Select(_ => path.Step().Shock).ToArray();
        }).ToArray();

        for (var i = 0; i < shocks.Length; i++)
        {
            Assert.Equal(1.0, shocks[i].Select(z => z * z).Average(), 0.02);
            for (var j = 0; j < i; j++)
                Assert.Equal(Options.Correlation[i][j], Stats.Correlation(shocks[i], shocks[j]), 0.01);
        }
    }

    [Fact]
    public void Returns_AreUncorrelatedWhileSquaredReturnsClusterAsGarchImplies()
    {
        foreach (var candles in Candles.Value)
        {
            var returns = Stats.LogReturns(candles.Select(c => c.Close).ToArray());
            var squared = returns.Select(r => r * r).ToArray();
            for (var lag = 1; lag <= 5; lag++)
                Assert.InRange(Stats.Autocorrelation(returns, lag), -0.02, 0.02);
            Assert.True(Stats.Autocorrelation(squared, 1) > 0.1, "squared returns should cluster at lag 1");
            Assert.True(Stats.Autocorrelation(squared, 20) > 0.05, "clustering should persist over 20 minutes");
            // Fat tails: a normal distribution has kurtosis 3.
            var mean = returns.Average();
            var variance = returns.Average(r => (r - mean) * (r - mean));
            Assert.True(returns.Average(r => Math.Pow(r - mean, 4)) / (variance * variance) > 3.5);
        }
    }

    [Fact]
    public void RealisedVolatility_IsNearTheConfiguredAnnualVolatility()
    {
        for (var s = 0; s < Options.Symbols.Count; s++)
        {
            var returns = Stats.LogReturns(Candles.Value[s].Select(c => c.Close).ToArray());
            var annual = Math.Sqrt(returns.Average(r => r * r) * 365.25 * 1440);
            Assert.Equal(Options.Symbols[s].AnnualVolatility, annual, Options.Symbols[s].AnnualVolatility * 0.1);
        }
    }

    [Fact]
    public void Regimes_SwitchAmongAllThreeAndDriftTheirWay()
    {
        // Two years of minutes: the chain's time shares approach duration / total duration (4 : 3 : 3 days).
        var model = new SyntheticModel(Options);
        var path = new SymbolPath(model, model.Symbols[0]);
        var minutes = new Dictionary<MarketRegime, int>();
        var returnSums = new Dictionary<MarketRegime, double>();
        var switches = 0;
        var previous = MarketRegime.Range;
        for (var m = 0; m < 2 * 365 * 1440; m++)
        {
            var step = path.Step();
            minutes[step.Regime] = minutes.GetValueOrDefault(step.Regime) + 1;
            returnSums[step.Regime] = returnSums.GetValueOrDefault(step.Regime) + step.LogClose - step.LogOpen;
            switches += step.Regime != previous ? 1 : 0;
            previous = step.Regime;
        }
        var total = (double)minutes.Values.Sum();

        Assert.InRange(switches, 120, 250); // expected about 730 days / 3.3 days ≈ 220
        Assert.Equal(0.4, minutes[MarketRegime.Range] / total, 0.1);
        Assert.Equal(0.3, minutes[MarketRegime.TrendUp] / total, 0.1);
        Assert.Equal(0.3, minutes[MarketRegime.TrendDown] / total, 0.1);
        Assert.True(returnSums[MarketRegime.TrendUp] / minutes[MarketRegime.TrendUp] > 0);
        Assert.True(returnSums[MarketRegime.TrendDown] / minutes[MarketRegime.TrendDown] < 0);
    }

    [Fact]
    public void RegimeAt_AgreesWithThePathsRegimes()
    {
        var model = new SyntheticModel(Options);
        var path = new SymbolPath(model, model.Symbols[2]);
        var regimes = Enumerable.Range(0, 20 * 1440).Select(_ => path.Step().Regime).ToArray();

        foreach (var minute in new[] { 0, 1, 5000, 17_777, regimes.Length - 1 })
            Assert.Equal(regimes[minute], Market.RegimeAt(Market.Start.AddMinutes(minute).AddSeconds(30)));
        Assert.True(regimes.Distinct().Count() > 1, "20 days should see the regime change");
    }

    [Fact]
    public void Volume_PeaksAtTheConfiguredHourAndRisesWithVolatility()
    {
        var btc = Candles.Value[0];
        var byHour = Enumerable.Range(0, 24).Select(h => btc.Where(c => c.OpenTime.Hour == h).Average(c => (double)c.Volume)).ToArray();
        var peak = Array.IndexOf(byHour, byHour.Max());
        Assert.InRange(peak, (int)Options.PeakHourUtc - 2, (int)Options.PeakHourUtc + 2);
        Assert.True(byHour.Max() > 1.8 * byHour.Min(), $"seasonality too weak: {byHour.Min():F1} .. {byHour.Max():F1}");

        var absoluteReturns = Stats.LogReturns(btc.Select(c => c.Close).ToArray()).Select(Math.Abs).ToArray();
        var volumes = btc.Skip(1).Select(c => (double)c.Volume).ToArray();
        Assert.True(Stats.Correlation(absoluteReturns, volumes) > 0.3);
        Assert.Equal((double)Options.Symbols[0].MeanVolumePerMinute, volumes.Average(), (double)Options.Symbols[0].MeanVolumePerMinute * 0.15);
    }
}
