namespace VirtualActors.Reminders;

/// <summary>A durable reminder: which grain, which name, when it first falls due (UTC) and how often after that.</summary>
public sealed record ReminderEntry(GrainId GrainId, string Name, DateTime StartAt, TimeSpan Period) : IGrainReminder
{
    string IGrainReminder.ReminderName => Name;

    /// <summary>
    /// The first due time after <paramref name="now"/> (or <see cref="StartAt"/> while that is still ahead). A tick due
    /// exactly at <paramref name="now"/> counts as delivered, so a silo restarting at that instant does not fire it twice.
    /// </summary>
    public DateTime NextDueAfter(DateTime now)
    {
        if (now < StartAt)
            return StartAt;
        var periods = (now - StartAt).Ticks / Period.Ticks + 1;
        return StartAt + TimeSpan.FromTicks(Period.Ticks * periods);
    }
}
