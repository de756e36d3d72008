using VirtualActors;

namespace SmartMarket.Grains.Models;

/// <summary>One model by name: answers confirmation scores through a pool of inference workers.</summary>
public interface IModelGrain : IGrainWithStringKey
{
    /// <summary>The probability in [0, 1] that a signal with these features works out.</summary>
    Task<double> ScoreAsync(ModelFeatures features);

    /// <summary>Name and version of the model being served.</summary>
    Task<string> GetVersionAsync();
}
