namespace GraphQL.Execution;

/// <summary>A loader the executor can dispatch when an execution level has issued all its loads.</summary>
public interface IDataLoader
{
    /// <summary>Whether keys are waiting for the next batch.</summary>
    bool HasPendingLoads { get; }

    /// <summary>Runs the batch function for the waiting keys and completes their tasks.</summary>
    Task DispatchAsync(CancellationToken cancellationToken = default);
}
