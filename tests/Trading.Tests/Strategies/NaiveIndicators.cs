using SmartMarket.Trading.MarketData;

namespace Trading.Tests.Strategies;

/// <summary>Textbook indicator formulas as plain loops over whole series, to compute expected values independently.</summary>
internal static class NaiveIndicators
{
    /// <summary>Wilder ATR: mean of the first n true ranges (the first being high - low), then (atr (n - 1) + tr) / n.</summary>
    public static double Atr(IReadOnlyList<Candle> c, int n)
    {
        var tr = new double[c.Count];
        for (var i = 0; i < c.Count; i++)
        {
            double high = (double)c[i].High, low = (double)c[i].Low;
            tr[i] = i == 0 ? high - low : Math.Max(high - low, Math.Max(Math.Abs(high - (double)c[i - 1].Close), Math.Abs(low - (double)c[i - 1].Close)));
        }
        var atr = tr.Take(n).Average();
        for (var i = n; i < tr.Length; i++)
            atr = (atr * (n - 1) + tr[i]) / n;
        return atr;
    }

    /// <summary>Wilder RSI of the whole series.</summary>
    public static double Rsi(IReadOnlyList<double> closes, int n)
    {
        double gain = 0, loss = 0;
        for (var i = 1; i <= n; i++)
        {
            gain += Math.Max(closes[i] - closes[i - 1], 0);
            loss += Math.Max(closes[i - 1] - closes[i], 0);
        }
        gain /= n;
        loss /= n;
        for (var i = n + 1; i < closes.Count; i++)
        {
            gain = (gain * (n - 1) + Math.Max(closes[i] - closes[i - 1], 0)) / n;
            loss = (loss * (n - 1) + Math.Max(closes[i - 1] - closes[i], 0)) / n;
        }
        return gain + loss == 0 ? 50 : 100 * gain / (gain + loss);
    }

    /// <summary>EMA seeded with the SMA of the first n values.</summary>
    public static double Ema(IReadOnlyList<double> values, int n)
    {
        var ema = values.Take(n).Average();
        var alpha = 2.0 / (n + 1);
        for (var i = n; i < values.Count; i++)
            ema += alpha * (values[i] - ema);
        return ema;
    }

    /// <summary>Mean and population standard deviation of the last n values.</summary>
    public static (double Mean, double Deviation) MeanAndDeviation(IReadOnlyList<double> values, int n)
    {
        var window = values.Skip(values.Count - n).ToArray();
        var mean = window.Average();
        return (mean, Math.Sqrt(window.Sum(v => (v - mean) * (v - mean)) / n));
    }

    /// <summary>|last - value n changes back| / sum of the n absolute changes.</summary>
    public static double EfficiencyRatio(IReadOnlyList<double> values, int n)
    {
        var last = values.Count - 1;
        var path = 0.0;
        for (var i = last - n + 1; i <= last; i++)
            path += Math.Abs(values[i] - values[i - 1]);
        return path == 0 ? 0 : Math.Abs(values[last] - values[last - n]) / path;
    }
}
