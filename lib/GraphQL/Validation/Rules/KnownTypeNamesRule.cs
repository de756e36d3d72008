using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Fragment Spread Type Existence (and variable types): every named type exists in the schema.</summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    private readonly HashSet<string> _definedInDocument = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override void EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is TypeDefinitionNode type)
                _definedInDocument.Add(type.Name.Value);
        }
    }

    /// <inheritdoc />
    public override void EnterNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (Context.Schema.GetType(name) is not null || _definedInDocument.Contains(name))
            return;
        var candidates = Context.Schema.TypeList.Select(t => t.Name).Concat(_definedInDocument);
        Report($"Unknown type \"{name}\"." + Suggestions.DidYouMean(Suggestions.List(name, candidates)), node);
    }
}
