namespace GraphQL.Language;

/// <summary>
/// Where a node or token lies in its source text: UTF-16 offsets of its first character and one past
/// its last, plus the 1-based line and column of its first character.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    /// <summary>The start as an error location.</summary>
    public ErrorLocation ToErrorLocation() => new(Line, Column);
}
