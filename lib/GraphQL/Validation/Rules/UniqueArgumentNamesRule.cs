using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Argument Uniqueness: a field or directive receives each argument once.</summary>
public sealed class UniqueArgumentNamesRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterField(FieldNode node) => Check(node.Arguments);

    /// <inheritdoc />
    public override void EnterDirective(DirectiveNode node) => Check(node.Arguments);

    private void Check(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2)
            return;
        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            if (group.Count() > 1)
                Report($"There can be only one argument named \"{group.Key}\".", [.. group.Select(a => a.Name)]);
        }
    }
}
