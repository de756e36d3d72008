namespace VirtualActors;

/// <summary>Implemented by grains that register durable reminders.</summary>
public interface IRemindable : IGrain
{
    /// <summary>A reminder of this grain fell due.</summary>
    Task ReceiveReminder(string reminderName, TickStatus status);
}
