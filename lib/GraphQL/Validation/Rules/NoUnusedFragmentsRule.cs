using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Fragments Must Be Used: every fragment is spread by some operation, directly or indirectly.</summary>
public sealed class NoUnusedFragmentsRule : ValidationRule
{
    /// <inheritdoc />
    public override void LeaveDocument(DocumentNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                foreach (var fragment in Context.GetRecursivelyReferencedFragments(operation))
                    used.Add(fragment.Name.Value);
            }
        }

        foreach (var definition in node.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment && !used.Contains(fragment.Name.Value))
                Report($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
        }
    }
}
