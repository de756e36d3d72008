using Npgsql;
using VirtualActors.Storage;

namespace VirtualActors.Npgsql;

/// <summary>
/// Grain storage in a PostgreSQL table. The ETag is a version number kept in the row; every write is a single
/// conditional statement (insert-if-absent or update-where-version-matches), so concurrent writers cannot both win.
/// </summary>
public sealed class PostgresGrainStorage(NpgsqlDataSource dataSource, string table = "grain_state") : IGrainStorage
{
    private readonly string _table = PostgresNames.Quote(table);

    /// <summary>Creates the table when it does not exist.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"""
            CREATE TABLE IF NOT EXISTS {_table} (
                grain_type text NOT NULL,
                grain_key text NOT NULL,
                state_name text NOT NULL,
                version bigint NOT NULL,
                payload bytea NOT NULL,
                updated_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (grain_type, grain_key, state_name))
            """);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoredState?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT version, payload FROM {_table} WHERE grain_type = $1 AND grain_key = $2 AND state_name = $3");
        AddKey(command, stateName, grainId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            return null;
        return new StoredState((byte[])reader[1], reader.GetInt64(0).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> payload, string? expectedETag, CancellationToken cancellationToken = default)
    {
        var expected = ParseETag(expectedETag, stateName, grainId);
        var sql = expected is null
            ? $"INSERT INTO {_table} (grain_type, grain_key, state_name, version, payload) VALUES ($1, $2, $3, 1, $4) ON CONFLICT DO NOTHING RETURNING version"
            : $"UPDATE {_table} SET version = version + 1, payload = $4, updated_at = now() WHERE grain_type = $1 AND grain_key = $2 AND state_name = $3 AND version = $5 RETURNING version";
        await using var command = dataSource.CreateCommand(sql);
        AddKey(command, stateName, grainId);
        command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = payload.ToArray() });
        if (expected is not null)
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = expected.Value });
        var version = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (version is long v)
            return v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        throw await ConflictAsync(stateName, grainId, expectedETag, cancellationToken).ConfigureAwait(false);
    }

    public async Task ClearAsync(string stateName, GrainId grainId, string? expectedETag, CancellationToken cancellationToken = default)
    {
        var expected = ParseETag(expectedETag, stateName, grainId);
        if (expected is null)
        {
            if (await ReadAsync(stateName, grainId, cancellationToken).ConfigureAwait(false) is { } existing)
                throw new InconsistentStateException(stateName, grainId, null, existing.ETag);
            return;
        }
        await using var command = dataSource.CreateCommand(
            $"DELETE FROM {_table} WHERE grain_type = $1 AND grain_key = $2 AND state_name = $3 AND version = $4");
        AddKey(command, stateName, grainId);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = expected.Value });
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            throw await ConflictAsync(stateName, grainId, expectedETag, cancellationToken).ConfigureAwait(false);
    }

    private async Task<InconsistentStateException> ConflictAsync(string stateName, GrainId grainId, string? expectedETag, CancellationToken cancellationToken)
    {
        var stored = await ReadAsync(stateName, grainId, cancellationToken).ConfigureAwait(false);
        return new InconsistentStateException(stateName, grainId, expectedETag, stored?.ETag);
    }

    private static long? ParseETag(string? etag, string stateName, GrainId grainId)
    {
        if (etag is null)
            return null;
        return long.TryParse(etag, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new InconsistentStateException(stateName, grainId, etag, "(a numeric version)");
    }

    private static void AddKey(NpgsqlCommand command, string stateName, GrainId grainId)
    {
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainId.Type });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainId.Key });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stateName });
    }
}
