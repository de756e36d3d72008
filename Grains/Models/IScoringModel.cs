namespace SmartMarket.Grains.Models;

/// <summary>A confirmation model that scores a batch at once; the built-in one is C#, an ONNX session implements it later.</summary>
public interface IScoringModel
{
    /// <summary>Name and version, reported by the model grain.</summary>
    string Version { get; }

    /// <summary>
    /// True when one score costs less than a hop to the worker pool (a few arithmetic operations): the model grain then
    /// scores on the caller's turn instead of batching in a worker. Heavy models (an ONNX session) keep the default.
    /// </summary>
    bool ScoresInline => false;

    /// <summary>Writes one probability in [0, 1] per input into <paramref name="scores"/> (same length).</summary>
    void Score(ReadOnlySpan<ModelFeatures> features, Span<double> scores);
}
