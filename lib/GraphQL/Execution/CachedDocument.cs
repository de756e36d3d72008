using GraphQL.Language.Ast;

namespace GraphQL.Execution;

/// <summary>A query text parsed and validated once: the document when valid, else the errors to answer with.</summary>
public sealed class CachedDocument
{
    internal CachedDocument(DocumentNode? document, IReadOnlyList<GraphQLError> errors)
    {
        Document = document;
        Errors = errors;
    }

    /// <summary>The parsed document; null when the text did not parse.</summary>
    public DocumentNode? Document { get; }

    /// <summary>Syntax or validation errors; empty when the document is valid.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Whether the document parsed and passed validation.</summary>
    public bool IsValid => Document is not null && Errors.Count == 0;

    internal long LastUsed { get; set; }
}
