using Npgsql;

namespace VirtualActors.Tests;

/// <summary>
/// A real PostgreSQL server: the connection string comes from SMARTMARKET_TEST_POSTGRES (CI starts the server and sets
/// it), else the local default. Each fixture uses fresh table names so runs do not see each other's rows.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=smartmarket_test";

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public string Suffix { get; } = Guid.NewGuid().ToString("N")[..10];

    public Task InitializeAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable("SMARTMARKET_TEST_POSTGRES") ?? DefaultConnectionString;
        DataSource = NpgsqlDataSource.Create(connectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await using (var drop = DataSource.CreateCommand($"DROP TABLE IF EXISTS state_{Suffix}, reminders_{Suffix}"))
            await drop.ExecuteNonQueryAsync();
        await DataSource.DisposeAsync();
    }
}
