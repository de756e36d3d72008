using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Fragment Name Uniqueness: fragments have distinct names.</summary>
public sealed class UniqueFragmentNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (_known.TryGetValue(node.Name.Value, out var existing))
            Report($"There can be only one fragment named \"{node.Name.Value}\".", existing, node.Name);
        else
            _known[node.Name.Value] = node.Name;
    }
}
