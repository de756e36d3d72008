namespace VirtualActors.Metrics;

/// <summary>One grain type's figures at a point in time; rates and percentiles cover the window since the previous snapshot.</summary>
public sealed record GrainTypeMetricsSnapshot(
    string GrainType,
    int Activations,
    long TotalCalls,
    double CallsPerSecond,
    double LatencyP50Microseconds,
    double LatencyP90Microseconds,
    double LatencyP99Microseconds,
    int MailboxDepth);
