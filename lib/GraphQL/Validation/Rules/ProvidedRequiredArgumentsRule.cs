using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Required Arguments: non-null arguments without defaults are given, on fields and directives.</summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    /// <inheritdoc />
    public override void LeaveField(FieldNode node)
    {
        if (Context.FieldDefinition is not { } field)
            return;
        foreach (var argument in field.Arguments)
        {
            if (argument.IsRequired && !node.Arguments.Any(a => a.Name.Value == argument.Name))
                Report($"Field \"{field.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", node);
        }
    }

    /// <inheritdoc />
    public override void LeaveDirective(DirectiveNode node)
    {
        if (Context.Directive is not { } directive)
            return;
        foreach (var argument in directive.Arguments)
        {
            if (argument.IsRequired && !node.Arguments.Any(a => a.Name.Value == argument.Name))
                Report($"Directive \"@{directive.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", node);
        }
    }
}
