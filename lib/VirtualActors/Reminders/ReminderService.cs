namespace VirtualActors.Reminders;

/// <summary>
/// Keeps a timer for every reminder of the silo. At start it reads the whole table, so reminders registered before a
/// restart fire again; each tick calls the grain's <see cref="IRemindable.ReceiveReminder"/> as a normal grain call,
/// activating the grain if needed. Ticks missed while the silo was down are not replayed: the next one fires.
/// </summary>
internal sealed class ReminderService(GrainRuntime runtime, IReminderTable table) : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(GrainId, string), (ReminderEntry Entry, ITimer Timer)> _scheduled = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in await table.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            Schedule(entry, entry.NextDueAfter(runtime.TimeProvider.GetUtcNow().UtcDateTime));
    }

    public async Task<IGrainReminder> RegisterAsync(GrainId grainId, string name, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (period <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(period), period, "a reminder's period must be positive");
        if (dueTime < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(dueTime), dueTime, "a reminder's due time must not be negative");
        var entry = new ReminderEntry(grainId, name, runtime.TimeProvider.GetUtcNow().UtcDateTime + dueTime, period);
        await table.UpsertAsync(entry).ConfigureAwait(false);
        Schedule(entry, entry.StartAt);
        return entry;
    }

    public async Task UnregisterAsync(GrainId grainId, string name)
    {
        lock (_lock)
        {
            if (_scheduled.Remove((grainId, name), out var old))
                old.Timer.Dispose();
        }
        await table.RemoveAsync(grainId, name).ConfigureAwait(false);
    }

    /// <summary>The reminder as this silo holds it: every reminder was read at start or registered through here.</summary>
    public Task<IGrainReminder?> GetAsync(GrainId grainId, string name)
    {
        lock (_lock)
            return Task.FromResult<IGrainReminder?>(_scheduled.TryGetValue((grainId, name), out var s) ? s.Entry : null);
    }

    private void Schedule(ReminderEntry entry, DateTime firstDue)
    {
        var due = firstDue - runtime.TimeProvider.GetUtcNow().UtcDateTime;
        if (due < TimeSpan.Zero)
            due = TimeSpan.Zero;
        var timer = runtime.TimeProvider.CreateTimer(static s => ((Tick)s!).Fire(), new Tick(runtime, entry), due, entry.Period);
        lock (_lock)
        {
            if (_scheduled.Remove((entry.GrainId, entry.Name), out var old))
                old.Timer.Dispose();
            _scheduled[(entry.GrainId, entry.Name)] = (entry, timer);
        }
    }

    public ValueTask DisposeAsync()
    {
        lock (_lock)
        {
            foreach (var s in _scheduled.Values)
                s.Timer.Dispose();
            _scheduled.Clear();
        }
        return ValueTask.CompletedTask;
    }

    private sealed class Tick(GrainRuntime runtime, ReminderEntry entry)
    {
        public void Fire() => _ = FireAsync();

        private async Task FireAsync()
        {
            try
            {
                var grain = runtime.GetGrain<IRemindable>(entry.GrainId);
                var status = new TickStatus(entry.StartAt, entry.Period, runtime.TimeProvider.GetUtcNow().UtcDateTime);
                await grain.ReceiveReminder(entry.Name, status).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                runtime.Log.ReminderFailed(e, entry.GrainId, entry.Name);
            }
        }
    }
}
