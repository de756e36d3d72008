using VirtualActors;

namespace SmartMarket.Grains.Models;

/// <summary>A stateless inference worker for one model (keyed by model name); concurrent requests are scored as one batch.</summary>
public interface IInferenceWorkerGrain : IGrainWithStringKey
{
    /// <summary>Scores one feature vector; requests arriving together share one batch.</summary>
    Task<double> ScoreAsync(ModelFeatures features);
}
