namespace SmartMarket.Trading.Risk;

/// <summary>The standard normal distribution's density and quantile function.</summary>
public static class NormalDistribution
{
    // Wichura's algorithm AS241 (PPND16, Applied Statistics 37(3), 1988): rational approximations accurate to
    // about 1e-16, one for the centre and two for the tails. Coefficients run from the highest power down.
    private static readonly double[] CentreNumerator =
        [2509.0809287301226727, 33430.575583588128105, 67265.770927008700853, 45921.953931549871457,
         13731.693765509461125, 1971.5909503065514427, 133.14166789178437745, 3.387132872796366608];
    private static readonly double[] CentreDenominator =
        [5226.495278852854561, 28729.085735721942674, 39307.89580009271061, 21213.794301586595867,
         5394.1960214247511077, 687.1870074920579083, 42.313330701600911252, 1.0];
    private static readonly double[] NearTailNumerator =
        [7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177, 1.27045825245236838258,
         3.64784832476320460504, 5.7694972214606914055, 4.6303378461565452959, 1.42343711074968357734];
    private static readonly double[] NearTailDenominator =
        [1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966, 0.14810397642748007459,
         0.68976733498510000455, 1.6763848301838038494, 2.05319162663775882187, 1.0];
    private static readonly double[] FarTailNumerator =
        [2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386, 0.026532189526576123093,
         0.29656057182850489123, 1.7848265399172913358, 5.4637849111641143699, 6.6579046435011037772];
    private static readonly double[] FarTailDenominator =
        [2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5, 7.868691311456132591e-4,
         0.0148753612908506148525, 0.13692988092273580531, 0.59983220655588793769, 1.0];

    /// <summary>φ(x) = exp(−x²/2) / √(2π).</summary>
    public static double Density(double x) => Math.Exp(-0.5 * x * x) / Math.Sqrt(2d * Math.PI);

    /// <summary>Φ⁻¹(p): the z with P(Z ≤ z) = p, for p in (0, 1), to about 1e-16 relative accuracy.</summary>
    public static double InverseCdf(double p)
    {
        if (!(p > 0d && p < 1d))
            throw new ArgumentOutOfRangeException(nameof(p), p, "probability must be in (0, 1)");
        var q = p - 0.5;
        if (Math.Abs(q) <= 0.425)
        {
            var r = 0.180625 - q * q;
            return q * Horner(CentreNumerator, r) / Horner(CentreDenominator, r);
        }
        var t = Math.Sqrt(-Math.Log(q < 0d ? p : 1d - p));
        var x = t <= 5d
            ? Horner(NearTailNumerator, t - 1.6) / Horner(NearTailDenominator, t - 1.6)
            : Horner(FarTailNumerator, t - 5d) / Horner(FarTailDenominator, t - 5d);
        return q < 0d ? -x : x;
    }

    private static double Horner(double[] coefficients, double x)
    {
        var sum = coefficients[0];
        for (var i = 1; i < coefficients.Length; i++)
            sum = sum * x + coefficients[i];
        return sum;
    }
}
