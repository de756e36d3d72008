using System.Text;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// Prints a schema as SDL in graphql-js's <c>printSchema</c> layout: the schema definition when root
/// names are not the conventional ones, custom directives, then every type except the specified
/// scalars and the introspection types.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>The schema's SDL.</summary>
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        var definition = PrintSchemaDefinition(schema);
        if (definition is not null)
            parts.Add(definition);
        foreach (var directive in schema.Directives)
        {
            if (!BuiltInDirectives.IsBuiltIn(directive))
                parts.Add(PrintDirective(directive));
        }

        foreach (var type in schema.TypeList)
        {
            if (!type.IsIntrospectionType && !BuiltInScalars.IsSpecified(type))
                parts.Add(PrintType(type));
        }

        return string.Join("\n\n", parts);
    }

    /// <summary>One type's SDL.</summary>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name
            + (scalar.SpecifiedByUrl is null ? string.Empty : $" @specifiedBy(url: {AstPrinter.PrintString(scalar.SpecifiedByUrl)})"),
        ObjectType obj => Description(obj.Description) + "type " + obj.Name + Implements(obj) + Fields(obj),
        InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Implements(iface) + Fields(iface),
        UnionType union => Description(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Block(enumType.Values.Select((v, i) =>
            Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty)
            + Block(input.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentException($"Unknown type kind {type.Kind}.", nameof(type)),
    };

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var conventional = schema.QueryType.Name == "Query"
            && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
            && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");
        if (schema.Description is null && conventional)
            return null;
        var builder = new StringBuilder(Description(schema.Description)).Append("schema {\n");
        builder.Append("  query: ").Append(schema.QueryType.Name).Append('\n');
        if (schema.MutationType is not null)
            builder.Append("  mutation: ").Append(schema.MutationType.Name).Append('\n');
        if (schema.SubscriptionType is not null)
            builder.Append("  subscription: ").Append(schema.SubscriptionType.Name).Append('\n');
        return builder.Append('}').ToString();
    }

    private static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, string.Empty)
        + (directive.IsRepeatable ? " repeatable" : string.Empty) + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));

    private static string Implements(ComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string Fields(ComplexType type) => Block(type.Fields.Select((f, i) =>
        Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
            return string.Empty;
        if (arguments.All(a => a.Description is null))
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        return "(\n" + string.Join("\n", arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value)
    {
        var text = value.Name + ": " + value.Type;
        if (value.DefaultValueLiteral is not null)
            text += " = " + AstPrinter.Print(value.DefaultValueLiteral);
        return text + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason)
    {
        if (reason is null)
            return string.Empty;
        return reason == BuiltInDirectives.DefaultDeprecationReason
            ? " @deprecated"
            : $" @deprecated(reason: {AstPrinter.PrintString(reason)})";
    }

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? string.Empty : " {\n" + string.Join("\n", list) + "\n}";
    }

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (string.IsNullOrEmpty(description))
            return string.Empty;
        var literal = AstPrinter.Print(new StringValueNode(description, IsPrintableAsBlockString(description), default));
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

    private static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
            return true;
        bool isEmptyLine = true, hasIndent = false, hasCommonIndent = true, seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case '\r':
                case < '\t':
                case '\v' or '\f':
                case > '\r' and < ' ':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                        return false;
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }
}
