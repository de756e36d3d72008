namespace SmartMarket.Trading.Risk;

/// <summary>The standard normal distribution's density and quantile function.</summary>
public static class NormalDistribution
{
    // Acklam's rational approximation to the inverse normal CDF: relative error below 1.2e-9 over (0, 1).
    private static readonly double[] A = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
    private static readonly double[] B = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
    private static readonly double[] C = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
    private static readonly double[] D = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
    private const double TailBreak = 0.02425;

    /// <summary>φ(x) = exp(−x²/2) / √(2π).</summary>
    public static double Density(double x) => Math.Exp(-0.5 * x * x) / Math.Sqrt(2d * Math.PI);

    /// <summary>Φ⁻¹(p): the z with P(Z ≤ z) = p, for p in (0, 1); accurate to about 1e-9.</summary>
    public static double InverseCdf(double p)
    {
        if (!(p > 0d && p < 1d))
            throw new ArgumentOutOfRangeException(nameof(p), p, "probability must be in (0, 1)");
        if (p < TailBreak)
            return Tail(Math.Sqrt(-2d * Math.Log(p)));
        if (p > 1d - TailBreak)
            return -Tail(Math.Sqrt(-2d * Math.Log(1d - p)));
        var q = p - 0.5;
        var r = q * q;
        var num = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q;
        var den = ((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1d;
        return num / den;
    }

    private static double Tail(double q)
    {
        var num = ((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5];
        var den = (((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1d;
        return num / den;
    }
}
