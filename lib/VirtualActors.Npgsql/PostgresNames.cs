namespace VirtualActors.Npgsql;

/// <summary>Checks table names before they are put into SQL text.</summary>
internal static class PostgresNames
{
    public static string Quote(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        foreach (var c in name)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_'))
                throw new ArgumentException($"table name '{name}' may hold only a-z, 0-9 and '_'", nameof(name));
        }
        return "\"" + name + "\"";
    }
}
