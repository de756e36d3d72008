namespace SmartMarket.Grains.Models;

/// <summary>
/// The built-in confirmation model: a fixed logistic regression that likes confident signals with a good reward to
/// risk, moving with recent momentum and with a stop that is not too wide. Hand-set weights, not trained.
/// </summary>
public sealed class LogisticConfirmationModel : IScoringModel
{
    private const double Bias = -1.0;
    private const double ConfidenceWeight = 2.0;
    private const double RewardToRiskWeight = 0.3;
    private const double MaxRewardToRisk = 5.0;
    private const double MomentumWeight = 20.0;
    private const double StopDistanceWeight = 10.0;

    public string Version => "builtin-logistic-v1";

    /// <summary>A handful of multiply-adds: two thread hops to a worker cost far more than the score itself.</summary>
    public bool ScoresInline => true;

    public void Score(ReadOnlySpan<ModelFeatures> features, Span<double> scores)
    {
        if (scores.Length != features.Length)
            throw new ArgumentException($"scores has {scores.Length} slots for {features.Length} inputs", nameof(scores));
        for (var i = 0; i < features.Length; i++)
        {
            ref readonly var f = ref features[i];
            var z = Bias
                + ConfidenceWeight * Clean(f.Confidence)
                + RewardToRiskWeight * Math.Min(Clean(f.RewardToRisk), MaxRewardToRisk)
                + MomentumWeight * Clean(f.Direction) * Clean(f.Momentum)
                - StopDistanceWeight * Math.Abs(Clean(f.StopDistance));
            scores[i] = 1.0 / (1.0 + Math.Exp(-z));
        }
    }

    // A missing feature (NaN, infinite) counts as neutral rather than poisoning the score.
    private static double Clean(double value) => double.IsFinite(value) ? value : 0.0;
}
