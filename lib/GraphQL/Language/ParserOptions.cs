namespace GraphQL.Language;

/// <summary>Limits the parser enforces so that hostile documents cost bounded time and stack.</summary>
public sealed record ParserOptions
{
    /// <summary>Defaults: 100,000 characters, 15,000 tokens, nesting depth 128.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>Options without token or size limits, for trusted schema files; nesting stays bounded to protect the stack.</summary>
    public static ParserOptions Unlimited { get; } = new() { MaxCharacters = int.MaxValue, MaxTokens = int.MaxValue };

    /// <summary>The longest accepted document, in UTF-16 characters.</summary>
    public int MaxCharacters { get; init; } = 100_000;

    /// <summary>The most tokens (excluding comments and end of file) a document may contain.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>The deepest nesting of selection sets, values and types the parser will follow.</summary>
    public int MaxDepth { get; init; } = 128;
}
