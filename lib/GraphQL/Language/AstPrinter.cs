using System.Text;
using GraphQL.Language.Ast;

namespace GraphQL.Language;

/// <summary>
/// Prints AST nodes back to GraphQL source in the canonical layout graphql-js uses, so printing a
/// parsed document and parsing the output again yields the same printed text.
/// </summary>
public static partial class AstPrinter
{
    private const int MaxLineLength = 80;

    /// <summary>Prints any node.</summary>
    public static string Print(AstNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            NameNode name => name.Value,
            DocumentNode document => Join(document.Definitions.Select(Print), "\n\n"),
            OperationDefinitionNode operation => PrintOperation(operation),
            VariableDefinitionNode variable => PrintVariableDefinition(variable),
            SelectionSetNode selectionSet => Block(selectionSet.Selections.Select(Print)),
            FieldNode field => PrintField(field),
            ArgumentNode argument => argument.Name.Value + ": " + Print(argument.Value),
            FragmentSpreadNode spread => "..." + spread.Name.Value + Wrap(" ", Directives(spread.Directives)),
            InlineFragmentNode inline => Join(
                ["...", Wrap("on ", inline.TypeCondition?.Name.Value), Directives(inline.Directives), Print(inline.SelectionSet)], " "),
            FragmentDefinitionNode fragment => WithDescription(fragment.Description, "fragment " + fragment.Name.Value + " on "
                + fragment.TypeCondition.Name.Value + " " + Wrap(string.Empty, Directives(fragment.Directives), " ") + Print(fragment.SelectionSet)),
            DirectiveNode directive => "@" + directive.Name.Value + Wrap("(", Join(directive.Arguments.Select(Print), ", "), ")"),
            ValueNode value => PrintValue(value),
            ObjectFieldNode objectField => objectField.Name.Value + ": " + Print(objectField.Value),
            NamedTypeNode named => named.Name.Value,
            ListTypeNode list => "[" + Print(list.Type) + "]",
            NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
            _ => PrintTypeSystem(node),
        };
    }

    /// <summary>Prints a string as a quoted GraphQL string literal with JSON-style escapes.</summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string PrintOperation(OperationDefinitionNode operation)
    {
        var variables = Wrap("(", Join(operation.VariableDefinitions.Select(Print), ", "), ")");
        var prefix = Join(
            [OperationKeyword(operation.Operation), Join([operation.Name?.Value, variables], string.Empty), Directives(operation.Directives)],
            " ");
        var body = (prefix == "query" && operation.Description is null ? string.Empty : prefix + " ") + Print(operation.SelectionSet);
        return WithDescription(operation.Description, body);
    }

    private static string PrintVariableDefinition(VariableDefinitionNode variable)
    {
        var text = "$" + variable.Variable.Name.Value + ": " + Print(variable.Type)
            + Wrap(" = ", variable.DefaultValue is null ? null : Print(variable.DefaultValue))
            + Wrap(" ", Directives(variable.Directives));
        return variable.Description is null ? text : PrintValue(variable.Description) + " " + text;
    }

    private static string PrintField(FieldNode field)
    {
        var prefix = Wrap(string.Empty, field.Alias?.Value, ": ") + field.Name.Value;
        var arguments = field.Arguments.Select(Print).ToList();
        var argumentsLine = prefix + Wrap("(", Join(arguments, ", "), ")");
        if (argumentsLine.Length > MaxLineLength)
            argumentsLine = prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)");
        return Join([argumentsLine, Directives(field.Directives), field.SelectionSet is null ? null : Print(field.SelectionSet)], " ");
    }

    private static string PrintValue(ValueNode value) => value switch
    {
        VariableNode variable => "$" + variable.Name.Value,
        IntValueNode integer => integer.Value,
        FloatValueNode number => number.Value,
        StringValueNode text => text.Block ? BlockString.Print(text.Value) : PrintString(text.Value),
        BooleanValueNode boolean => boolean.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode enumValue => enumValue.Value,
        ListValueNode list => "[" + Join(list.Values.Select(Print), ", ") + "]",
        ObjectValueNode obj => "{" + Join(obj.Fields.Select(Print), ", ") + "}",
        _ => throw new ArgumentException($"Unknown value node {value.Kind}.", nameof(value)),
    };

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(Print), " ");

    private static string WithDescription(StringValueNode? description, string text) =>
        description is null ? text : PrintValue(description) + "\n" + text;

    private static string Join(IEnumerable<string?> parts, string separator)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (string.IsNullOrEmpty(part))
                continue;
            if (builder.Length > 0)
                builder.Append(separator);
            builder.Append(part);
        }

        return builder.ToString();
    }

    private static string Wrap(string start, string? value, string end = "") =>
        string.IsNullOrEmpty(value) ? string.Empty : start + value + end;

    private static string Block(IEnumerable<string> items)
    {
        var joined = Join(items, "\n");
        return joined.Length == 0 ? string.Empty : "{\n" + Indent(joined) + "\n}";
    }

    private static string Indent(string text) =>
        text.Length == 0 ? string.Empty : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);
}
