namespace GraphQL.Execution;

/// <summary>An immutable response path (field names and list indices), linked from leaf to root.</summary>
public sealed class ResultPath
{
    internal ResultPath(ResultPath? parent, string? name, int index)
    {
        Parent = parent;
        Name = name;
        Index = index;
    }

    /// <summary>The enclosing path, or null at the root.</summary>
    public ResultPath? Parent { get; }

    /// <summary>The field's response name, or null for a list index.</summary>
    public string? Name { get; }

    /// <summary>The list index when <see cref="Name"/> is null.</summary>
    public int Index { get; }

    /// <summary>The segments from the root: strings for fields, boxed ints for indices.</summary>
    public IReadOnlyList<object> ToList()
    {
        var depth = 0;
        for (var node = this; node is not null; node = node.Parent)
            depth++;
        var segments = new object[depth];
        for (var node = this; node is not null; node = node.Parent)
            segments[--depth] = node.Name ?? (object)node.Index;
        return segments;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(".", ToList());
}
