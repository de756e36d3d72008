using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>Field Selections: every selected field is defined on the parent type.</summary>
public sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterField(FieldNode node)
    {
        var parent = Context.ParentType;
        if (parent is null || Context.FieldDefinition is not null)
            return;
        var name = node.Name.Value;
        var suggestion = Suggestions.DidYouMean(SuggestedTypeNames(parent, name), "to use an inline fragment on");
        if (suggestion.Length == 0 && parent is ComplexType complex)
            suggestion = Suggestions.DidYouMean(Suggestions.List(name, complex.Fields.Select(f => f.Name)));
        Report($"Cannot query field \"{name}\" on type \"{parent.Name}\"." + suggestion, node);
    }

    // Types (and interfaces) that do have the field, most used first, as graphql-js ranks them.
    private List<string> SuggestedTypeNames(NamedType type, string fieldName)
    {
        if (!type.IsAbstractType)
            return [];
        var schema = Context.Schema;
        var suggested = new List<NamedType>();
        var usage = new Dictionary<NamedType, int>();
        foreach (var possible in schema.GetPossibleTypes(type))
        {
            if (possible.GetField(fieldName) is null)
                continue;
            if (!suggested.Contains(possible))
                suggested.Add(possible);
            usage[possible] = 1;
            foreach (var iface in possible.Interfaces)
            {
                if (iface.GetField(fieldName) is null)
                    continue;
                if (!suggested.Contains(iface))
                    suggested.Add(iface);
                usage[iface] = usage.GetValueOrDefault(iface) + 1;
            }
        }

        suggested.Sort((a, b) =>
        {
            var difference = usage[b] - usage[a];
            if (difference != 0)
                return difference;
            if (a is InterfaceType && schema.IsSubType(a, b))
                return -1;
            if (b is InterfaceType && schema.IsSubType(b, a))
                return 1;
            return Suggestions.NaturalCompare(a.Name, b.Name);
        });
        return suggested.Select(t => t.Name).ToList();
    }
}
