namespace VirtualActors.Metrics;

/// <summary>A silo's figures at a point in time, per grain type and in total.</summary>
public sealed record RuntimeMetricsSnapshot(
    DateTimeOffset Time,
    TimeSpan Window,
    IReadOnlyList<GrainTypeMetricsSnapshot> GrainTypes,
    int Activations,
    long TotalCalls,
    double CallsPerSecond,
    int MailboxDepth);
