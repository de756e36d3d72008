namespace GraphQL;

/// <summary>A 1-based line and column in a GraphQL document, as reported in an error's <c>locations</c>.</summary>
public readonly record struct ErrorLocation(int Line, int Column);
