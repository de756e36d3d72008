using VirtualActors.Npgsql;
using VirtualActors.Testing;
using VirtualActors.Tests.Grains;

namespace VirtualActors.Tests;

public sealed class PersistentGrainTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task GrainState_InPostgres_SurvivesRestart_AndRemindersToo()
    {
        var storage = new PostgresGrainStorage(postgres.DataSource, "state_" + postgres.Suffix);
        await storage.EnsureSchemaAsync();
        var reminders = new PostgresReminderTable(postgres.DataSource, "reminders_" + postgres.Suffix);
        await reminders.EnsureSchemaAsync();
        var clock = new ManualTimeProvider();
        await using var cluster = await TestCluster.StartAsync(o =>
        {
            o.Storage[RuntimeOptions.DefaultStorageName] = storage;
            o.ReminderTable = reminders;
        }, clock);

        var key = "pg-" + Guid.NewGuid();
        await cluster.Client.GetGrain<IProfileGrain>(key).SetNameAsync("Lovelace");
        await cluster.Client.GetGrain<ITickerGrain>(key).RemindAsync(TimeSpan.FromMinutes(10));
        await cluster.RestartAsync();

        Assert.Equal("Lovelace", await cluster.Client.GetGrain<IProfileGrain>(key).GetNameSeenAtActivationAsync());
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1, await cluster.Client.GetGrain<ITickerGrain>(key).GetRemindersAsync());
    }
}
