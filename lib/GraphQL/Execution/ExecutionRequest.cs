using GraphQL.Language.Ast;

namespace GraphQL.Execution;

/// <summary>A parsed (and validated) document with everything one execution needs.</summary>
public sealed class ExecutionRequest
{
    /// <summary>The document; parse once and reuse it (see <see cref="DocumentCache"/>).</summary>
    public required DocumentNode Document { get; init; }

    /// <summary>Which operation to run; may be null when the document has exactly one.</summary>
    public string? OperationName { get; init; }

    /// <summary>Variable values as decoded from JSON (see <see cref="JsonInput"/>), or null.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The parent value of root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>Services for resolvers, typically the request's scope.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Anything resolvers should see for this request, such as the authenticated user.</summary>
    public object? UserContext { get; init; }
}
