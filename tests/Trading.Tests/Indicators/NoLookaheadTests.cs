using SmartMarket.Trading.Indicators;
using SmartMarket.Trading.MarketData;

namespace Trading.Tests.Indicators;

/// <summary>
/// Feeding bars one at a time must give the outputs of a full pass, and changing bars after k must never change an
/// output at or before k.
/// </summary>
public class NoLookaheadTests
{
    private const int Length = 120;
    private static readonly int[] Cuts = [0, 1, 13, 40, 77, 118];

    public static TheoryData<string> SingleSeries => new() { "sma", "ema", "rsi", "macd", "bollinger", "stddev" };

    [Theory]
    [MemberData(nameof(SingleSeries))]
    public void SingleSeriesIndicator_FedBarByBar_NeverDependsOnLaterBars(string name)
    {
        var prices = TestSeries.Prices(Length, seed: 21);
        var full = Outputs(Create(name), prices);
        foreach (var k in Cuts)
        {
            var altered = (double[])prices.Clone();
            var other = TestSeries.Prices(Length, seed: 99 + k, start: 500);
            for (var i = k + 1; i < Length; i++)
                altered[i] = other[i];

            var stepwise = Outputs(Create(name), altered);

            for (var i = 0; i <= k; i++)
                Assert.Equal(full[i], stepwise[i]);
        }
    }

    [Fact]
    public void Atr_FedBarByBar_NeverDependsOnLaterBars()
    {
        var bars = TestSeries.Bars(Length, seed: 5);
        var full = AtrOutputs(bars);
        foreach (var k in Cuts)
        {
            var altered = (((double, double, double)[])bars.Clone());
            var other = TestSeries.Bars(Length, seed: 50 + k);
            Array.Copy(other, k + 1, altered, k + 1, Length - k - 1);
            var stepwise = AtrOutputs(altered);
            Assert.Equal(full[..(k + 1)], stepwise[..(k + 1)]);
        }
    }

    [Fact]
    public void CorrelationAndVwap_FedBarByBar_NeverDependOnLaterBars()
    {
        var x = TestSeries.Prices(Length, seed: 8);
        var y = TestSeries.Prices(Length, seed: 9);
        var full = PairOutputs(x, y);
        foreach (var k in Cuts)
        {
            var ax = (double[])x.Clone();
            var ay = (double[])y.Clone();
            for (var i = k + 1; i < Length; i++)
            {
                ax[i] *= 1.5;
                ay[i] = 1000 - ay[i];
            }
            var stepwise = PairOutputs(ax, ay);
            Assert.Equal(full[..(k + 1)], stepwise[..(k + 1)]);
        }
    }

    private static IIndicator Create(string name) => name switch
    {
        "sma" => new Sma(10),
        "ema" => new Ema(10),
        "rsi" => new Rsi(14),
        "macd" => new Macd(5, 13, 4),
        "bollinger" => new BollingerBands(20, 2),
        "stddev" => new RollingStandardDeviation(15, VarianceKind.Sample),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown indicator"),
    };

    private static (double, double, double)[] Outputs(IIndicator indicator, double[] prices)
    {
        var outputs = new (double, double, double)[prices.Length];
        for (var i = 0; i < prices.Length; i++)
        {
            indicator.Update(prices[i]);
            outputs[i] = indicator switch
            {
                Macd m => (m.Value, m.Signal, m.Histogram),
                BollingerBands b => (b.Middle, b.Upper, b.Lower),
                _ => (indicator.Value, 0, 0),
            };
        }
        return outputs;
    }

    private static double[] AtrOutputs((double High, double Low, double Close)[] bars)
    {
        var atr = new Atr(7);
        return bars.Select(b =>
        {
            atr.Update(b.High, b.Low, b.Close);
            return atr.Value;
        }).ToArray();
    }

    private static (double, double)[] PairOutputs(double[] x, double[] y)
    {
        var correlation = new RollingCorrelation(12);
        var vwap = new Vwap();
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var outputs = new (double, double)[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            correlation.Update(x[i], y[i]);
            vwap.Update(new Candle(start.AddHours(i), (decimal)x[i], (decimal)x[i] + 1, (decimal)x[i] - 1, (decimal)x[i], (decimal)y[i]));
            outputs[i] = (correlation.Value, vwap.Value);
        }
        return outputs;
    }
}
