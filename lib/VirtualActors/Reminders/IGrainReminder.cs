namespace VirtualActors;

/// <summary>A handle to a durable reminder.</summary>
public interface IGrainReminder
{
    string ReminderName { get; }
}
