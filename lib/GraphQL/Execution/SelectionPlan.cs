namespace GraphQL.Execution;

/// <summary>
/// The fields to execute for one selection set on one object type, in response order, after fragments
/// were expanded and <c>@skip</c>/<c>@include</c> evaluated. Cached and shared between executions.
/// </summary>
internal sealed class SelectionPlan
{
    private readonly Dictionary<string, int>? _indexByName;

    public SelectionPlan(Types.ObjectType type, PlannedField[] fields)
    {
        Type = type;
        Fields = fields;
        if (fields.Length > 8)
        {
            _indexByName = new Dictionary<string, int>(fields.Length, StringComparer.Ordinal);
            for (var i = 0; i < fields.Length; i++)
                _indexByName[fields[i].ResponseName] = i;
        }
    }

    public Types.ObjectType Type { get; }

    public PlannedField[] Fields { get; }

    public int IndexOf(string responseName)
    {
        if (_indexByName is not null)
            return _indexByName.TryGetValue(responseName, out var index) ? index : -1;
        for (var i = 0; i < Fields.Length; i++)
        {
            if (string.Equals(Fields[i].ResponseName, responseName, StringComparison.Ordinal))
                return i;
        }

        return -1;
    }
}
