using Microsoft.Extensions.Logging;

namespace VirtualActors;

/// <summary>The runtime's log messages.</summary>
internal static partial class RuntimeLog
{
    [LoggerMessage(1, LogLevel.Error, "Activation of grain {GrainId} failed; its queued calls fail with the same error")]
    public static partial void ActivationFailed(this ILogger logger, Exception error, GrainId grainId);

    [LoggerMessage(2, LogLevel.Warning, "OnDeactivateAsync of grain {GrainId} failed")]
    public static partial void DeactivationFailed(this ILogger logger, Exception error, GrainId grainId);

    [LoggerMessage(3, LogLevel.Error, "A timer callback of grain {GrainId} failed")]
    public static partial void TimerFailed(this ILogger logger, Exception error, GrainId grainId);

    [LoggerMessage(4, LogLevel.Error, "Reminder {ReminderName} of grain {GrainId} failed")]
    public static partial void ReminderFailed(this ILogger logger, Exception error, GrainId grainId, string reminderName);

    [LoggerMessage(5, LogLevel.Error, "Delivering an event of stream {StreamId} to grain {GrainId} failed")]
    public static partial void StreamDeliveryFailed(this ILogger logger, Exception error, string streamId, GrainId grainId);

    [LoggerMessage(6, LogLevel.Information, "Silo stopped: {Count} activations deactivated")]
    public static partial void Stopped(this ILogger logger, int count);

    [LoggerMessage(7, LogLevel.Warning, "Grain {GrainId} was still running a turn after the shutdown timeout of {Timeout}; it was abandoned")]
    public static partial void Abandoned(this ILogger logger, GrainId grainId, TimeSpan timeout);
}
