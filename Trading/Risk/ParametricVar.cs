namespace SmartMarket.Trading.Risk;

/// <summary>
/// Parametric (variance–covariance) VaR and CVaR assuming normally distributed outcomes with mean μ and
/// standard deviation σ. With z = Φ⁻¹(confidence) and α = 1 − confidence:
/// VaR = z·σ − μ and CVaR = σ·φ(z)/α − μ.
/// </summary>
public static class ParametricVar
{
    /// <summary>VaR and CVaR for a normal outcome with the given mean and standard deviation (σ ≥ 0).</summary>
    public static VarEstimate Estimate(double mean, double standardDeviation, double confidence)
    {
        HistoricalVar.RequireConfidence(confidence);
        if (!double.IsFinite(mean))
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "mean must be finite");
        if (!(standardDeviation >= 0d) || !double.IsFinite(standardDeviation))
            throw new ArgumentOutOfRangeException(nameof(standardDeviation), standardDeviation, "standard deviation must be finite and non-negative");
        var z = NormalDistribution.InverseCdf(confidence);
        var valueAtRisk = z * standardDeviation - mean;
        var shortfall = standardDeviation * NormalDistribution.Density(z) / (1d - confidence) - mean;
        return new VarEstimate(confidence, valueAtRisk, shortfall);
    }

    /// <summary>
    /// Fits μ (sample mean) and σ (sample standard deviation, n − 1 denominator) to <paramref name="outcomes"/>
    /// and estimates from them; needs at least two finite outcomes.
    /// </summary>
    public static VarEstimate Estimate(ReadOnlySpan<double> outcomes, double confidence)
    {
        if (outcomes.Length < 2)
            throw new ArgumentException($"parametric VaR needs at least two outcomes, got {outcomes.Length}", nameof(outcomes));
        var mean = 0d;
        var m2 = 0d;
        for (var i = 0; i < outcomes.Length; i++)
        {
            var x = outcomes[i];
            if (!double.IsFinite(x))
                throw new ArgumentException($"outcome {i} is not finite ({x})", nameof(outcomes));
            var delta = x - mean;
            mean += delta / (i + 1);
            m2 += delta * (x - mean);
        }
        return Estimate(mean, Math.Sqrt(m2 / (outcomes.Length - 1)), confidence);
    }
}
