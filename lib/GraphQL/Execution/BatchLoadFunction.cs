namespace GraphQL.Execution;

/// <summary>Loads many keys in one call; keys missing from the result resolve to the default value (null).</summary>
public delegate ValueTask<IReadOnlyDictionary<TKey, TValue>> BatchLoadFunction<TKey, TValue>(
    IReadOnlyList<TKey> keys,
    CancellationToken cancellationToken)
    where TKey : notnull;
