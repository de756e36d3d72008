namespace Trading.Tests.Indicators;

/// <summary>
/// Naive textbook formulas, written independently of the streaming code: each output is recomputed from the raw
/// series (O(n) or worse per point). NaN marks points before an indicator is defined.
/// </summary>
internal static class ReferenceIndicators
{
    public static double[] Sma(double[] x, int period)
    {
        var result = NaNs(x.Length);
        for (var i = period - 1; i < x.Length; i++)
        {
            var sum = 0.0;
            for (var j = i - period + 1; j <= i; j++)
                sum += x[j];
            result[i] = sum / period;
        }
        return result;
    }

    public static double[] Ema(double[] x, int period) => Ema(x, period, 0);

    /// <summary>EMA that starts at index <paramref name="first"/>; earlier entries are ignored.</summary>
    public static double[] Ema(double[] x, int period, int first)
    {
        var result = NaNs(x.Length);
        var alpha = 2.0 / (period + 1);
        var seedEnd = first + period - 1;
        if (seedEnd >= x.Length)
            return result;
        var seed = 0.0;
        for (var j = first; j <= seedEnd; j++)
            seed += x[j];
        result[seedEnd] = seed / period;
        for (var i = seedEnd + 1; i < x.Length; i++)
            result[i] = alpha * x[i] + (1 - alpha) * result[i - 1];
        return result;
    }

    public static double[] Rsi(double[] x, int period)
    {
        var result = NaNs(x.Length);
        if (x.Length <= period)
            return result;
        double avgGain = 0, avgLoss = 0;
        for (var i = 1; i <= period; i++)
        {
            avgGain += Math.Max(x[i] - x[i - 1], 0);
            avgLoss += Math.Max(x[i - 1] - x[i], 0);
        }
        avgGain /= period;
        avgLoss /= period;
        result[period] = RsiOf(avgGain, avgLoss);
        for (var i = period + 1; i < x.Length; i++)
        {
            avgGain = (avgGain * (period - 1) + Math.Max(x[i] - x[i - 1], 0)) / period;
            avgLoss = (avgLoss * (period - 1) + Math.Max(x[i - 1] - x[i], 0)) / period;
            result[i] = RsiOf(avgGain, avgLoss);
        }
        return result;
    }

    public static double[] Atr((double High, double Low, double Close)[] bars, int period)
    {
        var tr = new double[bars.Length];
        for (var i = 0; i < bars.Length; i++)
        {
            var (h, l, _) = bars[i];
            tr[i] = i == 0 ? h - l : new[] { h - l, Math.Abs(h - bars[i - 1].Close), Math.Abs(l - bars[i - 1].Close) }.Max();
        }
        var result = NaNs(bars.Length);
        if (bars.Length < period)
            return result;
        result[period - 1] = tr.Take(period).Average();
        for (var i = period; i < bars.Length; i++)
            result[i] = (result[i - 1] * (period - 1) + tr[i]) / period;
        return result;
    }

    /// <summary>Standard deviation of each trailing window by the two-pass definition.</summary>
    public static double[] StdDev(double[] x, int period, bool sample)
    {
        var result = NaNs(x.Length);
        for (var i = period - 1; i < x.Length; i++)
        {
            var window = x.Skip(i - period + 1).Take(period).ToArray();
            var mean = window.Average();
            var ss = window.Sum(v => (v - mean) * (v - mean));
            result[i] = Math.Sqrt(ss / (sample ? period - 1 : period));
        }
        return result;
    }

    public static double[] Correlation(double[] x, double[] y, int period)
    {
        var result = NaNs(x.Length);
        for (var i = period - 1; i < x.Length; i++)
        {
            var wx = x.Skip(i - period + 1).Take(period).ToArray();
            var wy = y.Skip(i - period + 1).Take(period).ToArray();
            double mx = wx.Average(), my = wy.Average();
            double sxy = 0, sxx = 0, syy = 0;
            for (var j = 0; j < period; j++)
            {
                sxy += (wx[j] - mx) * (wy[j] - my);
                sxx += (wx[j] - mx) * (wx[j] - mx);
                syy += (wy[j] - my) * (wy[j] - my);
            }
            result[i] = sxy / Math.Sqrt(sxx * syy);
        }
        return result;
    }

    private static double RsiOf(double avgGain, double avgLoss) =>
        avgLoss == 0 ? (avgGain == 0 ? 50 : 100) : 100 - 100 / (1 + avgGain / avgLoss);

    private static double[] NaNs(int length)
    {
        var result = new double[length];
        Array.Fill(result, double.NaN);
        return result;
    }
}
