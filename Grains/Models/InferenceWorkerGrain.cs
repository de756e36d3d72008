using VirtualActors;

namespace SmartMarket.Grains.Models;

/// <summary>
/// A pooled, stateless inference worker. Requests that arrive while one is being gathered join its batch, so a
/// burst of signals costs one model call (what an ONNX session wants).
/// </summary>
[StatelessWorker(4)]
[Reentrant]
public sealed class InferenceWorkerGrain(IScoringModel? model = null) : Grain, IInferenceWorkerGrain
{
    private readonly IScoringModel _model = model ?? new LogisticConfirmationModel();
    private readonly Lock _gate = new();
    private List<PendingScore> _pending = [];
    private bool _gathering;

    /// <summary>Size of the last batch scored (for tests and metrics).</summary>
    public static int LastBatchSize { get; private set; }

    public async Task<double> ScoreAsync(ModelFeatures features)
    {
        var request = new PendingScore(features);
        bool leader;
        lock (_gate)
        {
            _pending.Add(request);
            leader = !_gathering;
            _gathering = true;
        }
        if (leader)
        {
            // Let the requests already on their way join before scoring.
            await Task.Yield();
            ScoreBatch();
        }
        return await request.Result.Task;
    }

    private void ScoreBatch()
    {
        List<PendingScore> batch;
        lock (_gate)
        {
            batch = _pending;
            _pending = [];
            _gathering = false;
        }
        var inputs = new ModelFeatures[batch.Count];
        for (var i = 0; i < inputs.Length; i++)
            inputs[i] = batch[i].Features;
        var scores = new double[inputs.Length];
        try
        {
            _model.Score(inputs, scores);
        }
        catch (Exception e)
        {
            foreach (var r in batch)
                r.Result.TrySetException(e);
            return;
        }
        LastBatchSize = batch.Count;
        for (var i = 0; i < batch.Count; i++)
            batch[i].Result.TrySetResult(scores[i]);
    }
}
