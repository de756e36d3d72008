namespace SmartMarket.Trading.Risk;

/// <summary>
/// Historical (empirical) VaR and CVaR from a sample of returns or profits, with no distribution assumed.
/// </summary>
/// <remarks>
/// With the n outcomes sorted ascending r₍₁₎ ≤ … ≤ r₍ₙ₎ and tail probability α = 1 − confidence, VaR is the
/// negated empirical α-quantile −r₍ₖ₎ with k = ⌈nα⌉ (at least 1), i.e. the smallest outcome whose empirical CDF
/// reaches α. CVaR averages the worst nα outcomes, the k-th taking the fractional weight nα − (k − 1)
/// (Acerbi–Tasche); when nα is a whole number that is simply the mean of the k worst.
/// </remarks>
public static class HistoricalVar
{
    // nα computed in floating point can land a hair above a whole number (100 × 0.05 = 5.000000000000004).
    private const double WholeNumberTolerance = 1e-9;

    /// <summary>VaR and CVaR of <paramref name="outcomes"/> (returns or P&amp;L, gains positive) at <paramref name="confidence"/> in (0, 1).</summary>
    public static VarEstimate Estimate(ReadOnlySpan<double> outcomes, double confidence)
    {
        RequireConfidence(confidence);
        if (outcomes.IsEmpty)
            throw new ArgumentException("historical VaR needs at least one outcome", nameof(outcomes));
        var sorted = outcomes.ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            if (!double.IsFinite(sorted[i]))
                throw new ArgumentException($"outcome {i} is not finite ({sorted[i]})", nameof(outcomes));
        }
        Array.Sort(sorted);

        var tailMass = sorted.Length * (1d - confidence);
        var nearest = Math.Round(tailMass);
        if (Math.Abs(tailMass - nearest) < WholeNumberTolerance)
            tailMass = nearest;
        var k = Math.Max(1, (int)Math.Ceiling(tailMass));
        var valueAtRisk = -sorted[k - 1];

        if (tailMass < 1d)
            return new VarEstimate(confidence, valueAtRisk, valueAtRisk);
        var tailSum = 0d;
        for (var i = 0; i < k - 1; i++)
            tailSum += sorted[i];
        tailSum += (tailMass - (k - 1)) * sorted[k - 1];
        return new VarEstimate(confidence, valueAtRisk, -tailSum / tailMass);
    }

    internal static void RequireConfidence(double confidence)
    {
        if (!(confidence > 0d && confidence < 1d))
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "confidence must be in (0, 1), e.g. 0.95");
    }
}
