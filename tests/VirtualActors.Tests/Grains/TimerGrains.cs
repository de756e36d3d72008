namespace VirtualActors.Tests.Grains;

public interface ITickerGrain : IGrainWithStringKey
{
    Task StartAsync(TimeSpan period);

    Task<int> GetTicksAsync();

    Task StopAsync();

    Task RemindAsync(TimeSpan period);

    Task<int> GetRemindersAsync();

    Task ForgetReminderAsync();
}

public static class ReminderLog
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Counts = new();

    public static void Fired(string key) => Counts.AddOrUpdate(key, 1, (_, c) => c + 1);

    public static int Of(string key) => Counts.GetValueOrDefault(key);
}

public sealed class TickerGrain : Grain, ITickerGrain, IRemindable
{
    private IGrainTimer? _timer;
    private int _ticks;
    private bool _inTurn;

    public Task StartAsync(TimeSpan period)
    {
        _timer = RegisterGrainTimer(OnTickAsync, period, period);
        return Task.CompletedTask;
    }

    private async Task OnTickAsync(CancellationToken cancellationToken)
    {
        if (_inTurn)
            throw new InvalidOperationException("timer tick overlapped another turn");
        _inTurn = true;
        await Task.Yield();
        _ticks++;
        _inTurn = false;
    }

    public Task<int> GetTicksAsync() => Task.FromResult(_ticks);

    public Task StopAsync()
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    public Task RemindAsync(TimeSpan period) => RegisterOrUpdateReminder("ping", period, period);

    public Task<int> GetRemindersAsync() => Task.FromResult(ReminderLog.Of(GetPrimaryKeyString()));

    public async Task ForgetReminderAsync()
    {
        if (await GetReminder("ping") is { } reminder)
            await UnregisterReminder(reminder);
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        ReminderLog.Fired(GetPrimaryKeyString());
        return Task.CompletedTask;
    }
}
