using VirtualActors;

namespace SmartMarket.Grains.Models;

/// <summary>One model by name. Reentrant because it only routes: the scoring happens in the worker pool.</summary>
[Reentrant]
public sealed class ModelGrain(IScoringModel? model = null) : Grain, IModelGrain
{
    private readonly string _version = (model ?? new LogisticConfirmationModel()).Version;

    public Task<double> ScoreAsync(ModelFeatures features) =>
        GrainFactory.GetGrain<IInferenceWorkerGrain>(GetPrimaryKeyString()).ScoreAsync(features);

    public Task<string> GetVersionAsync() => Task.FromResult(GetPrimaryKeyString() + ":" + _version);
}
