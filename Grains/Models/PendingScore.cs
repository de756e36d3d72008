namespace SmartMarket.Grains.Models;

/// <summary>One request waiting in an inference worker's batch.</summary>
internal sealed class PendingScore(ModelFeatures features)
{
    public ModelFeatures Features { get; } = features;

    public TaskCompletionSource<double> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
