namespace VirtualActors;

/// <summary>A timer owned by one activation; its callbacks run as turns of that activation.</summary>
public interface IGrainTimer : IDisposable
{
    /// <summary>Reschedules the timer; <see cref="Timeout.InfiniteTimeSpan"/> as period fires once.</summary>
    void Change(TimeSpan dueTime, TimeSpan period);
}
