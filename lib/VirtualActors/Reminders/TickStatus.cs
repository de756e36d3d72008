namespace VirtualActors;

/// <summary>When a reminder first fired, its period and the time of this tick (UTC).</summary>
public readonly record struct TickStatus(DateTime FirstTickTime, TimeSpan Period, DateTime CurrentTickTime);
