using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// Caches the plans of one selection level per runtime object type. A plan depends on variables only
/// through <c>@skip</c>/<c>@include</c>, so each entry records the variable conditions it was built
/// with and is reused whenever they evaluate the same way. Lock-free reads, copy-on-write adds.
/// </summary>
internal sealed class PlanCache
{
    private const int MaxEntries = 32;
    private readonly object _gate = new();
    private Entry[] _entries = [];

    public SelectionPlan? Find(ObjectType type, InputValues variables)
    {
        var entries = Volatile.Read(ref _entries);
        foreach (var entry in entries)
        {
            if (ReferenceEquals(entry.Type, type) && ConditionsHold(entry.Conditions, variables))
                return entry.Plan;
        }

        return null;
    }

    public void Add(ObjectType type, (string Variable, bool Value)[] conditions, SelectionPlan plan)
    {
        lock (_gate)
        {
            if (_entries.Length >= MaxEntries)
                return;
            var entries = new Entry[_entries.Length + 1];
            _entries.CopyTo(entries, 0);
            entries[^1] = new Entry(type, conditions, plan);
            Volatile.Write(ref _entries, entries);
        }
    }

    private static bool ConditionsHold((string Variable, bool Value)[] conditions, InputValues variables)
    {
        foreach (var (variable, value) in conditions)
        {
            if (!variables.TryGetValue(variable, out var current) || current is not bool flag || flag != value)
                return false;
        }

        return true;
    }

    private sealed record Entry(ObjectType Type, (string Variable, bool Value)[] Conditions, SelectionPlan Plan);
}
