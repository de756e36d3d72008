namespace GraphQL.Validation.Rules;

/// <summary>How <see cref="MaxCostRule"/> estimates cost.</summary>
public sealed record CostOptions
{
    /// <summary>The defaults: every field costs 1, lists are assumed to hold 10 items unless an argument says otherwise.</summary>
    public static CostOptions Default { get; } = new();

    /// <summary>The cost of a field without a cost of its own.</summary>
    public int DefaultFieldCost { get; init; } = 1;

    /// <summary>The item count assumed for list fields without a size argument or size hint.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>Arguments whose integer value bounds a list field's size (the first one present wins).</summary>
    public IReadOnlyList<string> ListSizeArguments { get; init; } = ["first", "last", "limit", "take", "pageSize"];
}
