using Npgsql;
using VirtualActors.Reminders;

namespace VirtualActors.Npgsql;

/// <summary>Durable reminders in a PostgreSQL table.</summary>
public sealed class PostgresReminderTable(NpgsqlDataSource dataSource, string table = "grain_reminders") : IReminderTable
{
    private readonly string _table = PostgresNames.Quote(table);

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"""
            CREATE TABLE IF NOT EXISTS {_table} (
                grain_type text NOT NULL,
                grain_key text NOT NULL,
                name text NOT NULL,
                start_at timestamptz NOT NULL,
                period_ticks bigint NOT NULL,
                PRIMARY KEY (grain_type, grain_key, name))
            """);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"SELECT grain_type, grain_key, name, start_at, period_ticks FROM {_table}");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<ReminderEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new ReminderEntry(
                new GrainId(reader.GetString(0), reader.GetString(1)),
                reader.GetString(2),
                DateTime.SpecifyKind(reader.GetDateTime(3), DateTimeKind.Utc),
                TimeSpan.FromTicks(reader.GetInt64(4))));
        }
        return list;
    }

    public async Task UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"""
            INSERT INTO {_table} (grain_type, grain_key, name, start_at, period_ticks) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (grain_type, grain_key, name) DO UPDATE SET start_at = EXCLUDED.start_at, period_ticks = EXCLUDED.period_ticks
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.GrainId.Type });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.GrainId.Key });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.Name });
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = DateTime.SpecifyKind(entry.StartAt, DateTimeKind.Utc) });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = entry.Period.Ticks });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RemoveAsync(GrainId grainId, string name, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"DELETE FROM {_table} WHERE grain_type = $1 AND grain_key = $2 AND name = $3");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainId.Type });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainId.Key });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }
}
