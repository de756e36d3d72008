using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Risk;
using Trading.Tests.Analytics;

namespace Trading.Tests.Risk;

public class RollingCorrelationMatrixTests
{
    private static readonly Symbol[] Symbols = [new("AAA"), new("BBB"), new("CCC")];

    // Three series where BBB follows AAA closely and CCC is independent noise.
    private static double[][] Returns(int seed, int count)
    {
        var random = new Random(seed);
        var rows = new double[count][];
        for (var t = 0; t < count; t++)
        {
            var a = (random.NextDouble() - 0.5) * 0.04;
            rows[t] = [a, 0.8 * a + (random.NextDouble() - 0.5) * 0.01, (random.NextDouble() - 0.5) * 0.03];
        }
        return rows;
    }

    private static double NaivePearson(double[][] rows, int end, int window, int i, int j)
    {
        double mx = 0, my = 0;
        for (var t = end - window; t < end; t++)
        {
            mx += rows[t][i];
            my += rows[t][j];
        }
        mx /= window;
        my /= window;
        double sxy = 0, sxx = 0, syy = 0;
        for (var t = end - window; t < end; t++)
        {
            var dx = rows[t][i] - mx;
            var dy = rows[t][j] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxy / Math.Sqrt(sxx * syy);
    }

    private static double NaiveCovariance(double[][] rows, int end, int window, int i, int j)
    {
        double mx = 0, my = 0;
        for (var t = end - window; t < end; t++)
        {
            mx += rows[t][i] / window;
            my += rows[t][j] / window;
        }
        double s = 0;
        for (var t = end - window; t < end; t++)
            s += (rows[t][i] - mx) * (rows[t][j] - my);
        return s / (window - 1);
    }

    [Fact]
    public void Correlation_AfterManyRollovers_MatchesNaivePearsonOverLastWindow()
    {
        const int window = 50;
        var rows = Returns(7, 1_237);
        var matrix = new RollingCorrelationMatrix(Symbols, window);

        for (var t = 0; t < rows.Length; t++)
        {
            matrix.Add(rows[t]);
            if (t + 1 < window || t % 97 != 0)
                continue;
            for (var i = 0; i < 3; i++)
            {
                for (var j = 0; j < 3; j++)
                    Assert.Equal(NaivePearson(rows, t + 1, window, i, j), matrix.Correlation(i, j), 10);
            }
        }
        Assert.True(matrix.Correlation(Symbols[0], Symbols[1]) > 0.9);
    }

    [Fact]
    public void Covariance_MatchesNaiveSampleCovariance()
    {
        const int window = 40;
        var rows = Returns(11, 333);
        var matrix = new RollingCorrelationMatrix(Symbols, window);
        foreach (var row in rows)
            matrix.Add(row);

        var covariance = matrix.ToCovarianceMatrix();

        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
                Assert.Equal(NaiveCovariance(rows, rows.Length, window, i, j), covariance[i, j], 14);
        }
    }

    [Fact]
    public void Correlation_BeforeMinimumObservations_IsNaN()
    {
        var matrix = new RollingCorrelationMatrix(Symbols, window: 10, minObservations: 5);
        var rows = Returns(3, 5);
        for (var t = 0; t < 4; t++)
            matrix.Add(rows[t]);

        Assert.True(double.IsNaN(matrix.Correlation(0, 1)));
        matrix.Add(rows[4]);
        Assert.Equal(NaivePearson(rows, 5, 5, 0, 1), matrix.Correlation(0, 1), 12);
    }

    [Fact]
    public void Correlation_OfUntrackedSymbol_IsNaN()
    {
        var matrix = new RollingCorrelationMatrix(Symbols, 2);
        matrix.Add([0.01, 0.02, 0.03]);
        matrix.Add([0.02, 0.01, 0.0]);

        Assert.True(double.IsNaN(matrix.Correlation(Symbols[0], new Symbol("ZZZ"))));
    }

    [Fact]
    public void Correlation_FedOneBarAtATime_NeverChangesWhenLaterBarsChange()
    {
        const int window = 30;
        var original = Returns(5, 200);
        var altered = Returns(5, 200);
        for (var t = 120; t < altered.Length; t++)
            altered[t] = [0.05, -0.05, 0.01 * (t % 3)];
        var first = new RollingCorrelationMatrix(Symbols, window);
        var second = new RollingCorrelationMatrix(Symbols, window);

        for (var t = 0; t < 120; t++)
        {
            first.Add(original[t]);
            second.Add(altered[t]);
            Assert.Equal(first.Correlation(0, 1), second.Correlation(0, 1));
            Assert.Equal(first.Correlation(1, 2), second.Correlation(1, 2));
        }
    }

    [Fact]
    public void Add_WithWrongCountOrNonFiniteReturn_ThrowsAndKeepsState()
    {
        var matrix = new RollingCorrelationMatrix(Symbols, 3);
        matrix.Add([0.01, 0.02, 0.03]);

        Assert.Throws<ArgumentException>(() => matrix.Add([0.01, 0.02]));
        var ex = Assert.Throws<ArgumentException>(() => matrix.Add([0.01, double.NaN, 0.0]));

        Assert.Contains("BBB", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, matrix.Count);
    }

    [Fact]
    public void AddCloses_OnRealBtcAndEthHours_MatchesNaiveCorrelationOfSimpleReturns()
    {
        const int window = 720;
        var btc = CandleCsv.Read("BTCUSDT-1h.csv").ToDictionary(c => c.OpenTime, c => c.Close);
        var eth = CandleCsv.Read("ETHUSDT-1h.csv");
        var aligned = eth.Where(c => btc.ContainsKey(c.OpenTime)).Take(3_000).Select(c => (Btc: btc[c.OpenTime], Eth: c.Close)).ToList();
        var matrix = new RollingCorrelationMatrix([new Symbol("BTCUSDT"), new Symbol("ETHUSDT")], window);
        var returns = new double[aligned.Count - 1][];

        for (var t = 0; t < aligned.Count; t++)
        {
            matrix.AddCloses([aligned[t].Btc, aligned[t].Eth]);
            if (t > 0)
                returns[t - 1] = [(double)aligned[t].Btc / (double)aligned[t - 1].Btc - 1d, (double)aligned[t].Eth / (double)aligned[t - 1].Eth - 1d];
        }

        Assert.Equal(NaivePearson(returns, returns.Length, window, 0, 1), matrix.Correlation(0, 1), 10);
    }
}
