using VirtualActors;

namespace SmartMarket.Grains.Models;

/// <summary>
/// One model by name. Reentrant because it only routes: a heavy model scores in the worker pool, where concurrent
/// requests batch; a model cheaper than the hop (<see cref="IScoringModel.ScoresInline"/>) scores here, on the caller's
/// turn, which keeps the signal path free of thread hops.
/// </summary>
[Reentrant]
public sealed class ModelGrain(IScoringModel? model = null) : Grain, IModelGrain
{
    private readonly IScoringModel _model = model ?? new LogisticConfirmationModel();

    public Task<double> ScoreAsync(ModelFeatures features)
    {
        if (!_model.ScoresInline)
            return GrainFactory.GetGrain<IInferenceWorkerGrain>(GetPrimaryKeyString()).ScoreAsync(features);
        Span<double> score = stackalloc double[1];
        _model.Score(new ReadOnlySpan<ModelFeatures>(in features), score);
        return Task.FromResult(score[0]);
    }

    public Task<string> GetVersionAsync() => Task.FromResult(GetPrimaryKeyString() + ":" + _model.Version);
}
