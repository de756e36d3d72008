namespace VirtualActors.Reminders;

/// <summary>Reminders in memory: durable only as long as the table object lives (tests share one across silo restarts).</summary>
public sealed class MemoryReminderTable : IReminderTable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(GrainId, string), ReminderEntry> _entries = [];

    public Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<ReminderEntry>>([.. _entries.Values]);
    }

    public Task UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            _entries[(entry.GrainId, entry.Name)] = entry;
        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(GrainId grainId, string name, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult(_entries.Remove((grainId, name)));
    }
}
