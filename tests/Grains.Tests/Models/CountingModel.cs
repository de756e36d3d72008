using System.Diagnostics;
using SmartMarket.Grains.Models;

namespace Grains.Tests.Models;

/// <summary>A test model that gives every input the same score and notes how often and from where it was asked.</summary>
internal sealed class CountingModel(bool scoresInline, double score) : IScoringModel
{
    public string Version => "counting";

    public bool ScoresInline => scoresInline;

    public int Calls { get; private set; }

    /// <summary>Whether the last call came through the inference worker pool (its batch method was on the stack).</summary>
    public bool LastCallFromWorker { get; private set; }

    public void Score(ReadOnlySpan<ModelFeatures> features, Span<double> scores)
    {
        Calls++;
        LastCallFromWorker = new StackTrace().ToString().Contains(nameof(InferenceWorkerGrain), StringComparison.Ordinal);
        for (var i = 0; i < scores.Length; i++)
            scores[i] = score;
    }
}
