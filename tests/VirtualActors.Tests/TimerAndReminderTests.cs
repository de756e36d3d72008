using VirtualActors.Testing;
using VirtualActors.Tests.Grains;

namespace VirtualActors.Tests;

public sealed class TimerAndReminderTests
{
    [Fact]
    public async Task GrainTimer_TicksAsTurns_UntilDisposed()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await TestCluster.StartAsync(timeProvider: clock);
        var grain = cluster.Client.GetGrain<ITickerGrain>("timer");
        await grain.StartAsync(TimeSpan.FromSeconds(10));
        for (var i = 0; i < 5; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(10));
            Assert.Equal(i + 1, await grain.GetTicksAsync());
        }
        await grain.StopAsync();
        clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(5, await grain.GetTicksAsync());
    }

    [Fact]
    public async Task Reminder_FiresAgainAfterSiloRestart()
    {
        var clock = new ManualTimeProvider();
        var dir = Directory.CreateTempSubdirectory("va-reminders-");
        try
        {
            await using var cluster = await TestCluster.StartAsync(
                o => o.ReminderTable = new Reminders.FileReminderTable(Path.Combine(dir.FullName, "reminders.json")), clock);
            var key = "remind-" + Guid.NewGuid();
            var grain = cluster.Client.GetGrain<ITickerGrain>(key);
            await grain.RemindAsync(TimeSpan.FromMinutes(1));
            clock.Advance(TimeSpan.FromMinutes(1));
            Assert.Equal(1, await grain.GetRemindersAsync());

            await cluster.RestartAsync();
            Assert.Equal(0, cluster.Runtime.ActivationCount);
            var before = await cluster.Client.GetGrain<ITickerGrain>(key).GetRemindersAsync();
            Assert.Equal(1, before);
            clock.Advance(TimeSpan.FromMinutes(2));
            // The restarted silo read the table and activated the grain to deliver both ticks.
            Assert.Equal(3, await cluster.Client.GetGrain<ITickerGrain>(key).GetRemindersAsync());

            await cluster.Client.GetGrain<ITickerGrain>(key).ForgetReminderAsync();
            clock.Advance(TimeSpan.FromMinutes(5));
            Assert.Equal(3, await cluster.Client.GetGrain<ITickerGrain>(key).GetRemindersAsync());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
