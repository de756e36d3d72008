using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Argument Names: every argument is defined by its field or directive.</summary>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterDirective(DirectiveNode node)
    {
        if (Context.Directive is not { } directive)
            return;
        foreach (var argument in node.Arguments)
        {
            var name = argument.Name.Value;
            if (directive.GetArgument(name) is not null)
                continue;
            var suggestions = Suggestions.List(name, directive.Arguments.Select(a => a.Name));
            Report($"Unknown argument \"{name}\" on directive \"@{node.Name.Value}\"." + Suggestions.DidYouMean(suggestions), argument);
        }
    }

    /// <inheritdoc />
    public override void EnterArgument(ArgumentNode node)
    {
        // Directive arguments are checked above, against the directive.
        if (Context.DirectiveOwner is not null || Context.Argument is not null)
            return;
        if (Context.FieldDefinition is not { } field || Context.ParentType is not { } parent)
            return;
        var name = node.Name.Value;
        var suggestions = Suggestions.List(name, field.Arguments.Select(a => a.Name));
        Report($"Unknown argument \"{name}\" on field \"{parent.Name}.{field.Name}\"." + Suggestions.DidYouMean(suggestions), node);
    }
}
