using GraphQL.Language.Ast;

namespace GraphQL.Language;

/// <summary>Printing of type system definitions and extensions.</summary>
public static partial class AstPrinter
{
    private static string PrintTypeSystem(AstNode node) => node switch
    {
        SchemaDefinitionNode schema => WithDescription(schema.Description,
            Join(["schema", Directives(schema.Directives), Block(schema.OperationTypes.Select(Print))], " ")),
        OperationTypeDefinitionNode operationType => OperationKeyword(operationType.Operation) + ": " + operationType.Type.Name.Value,
        ScalarTypeDefinitionNode scalar => WithDescription(scalar.Description,
            Join(["scalar", scalar.Name.Value, Directives(scalar.Directives)], " ")),
        ObjectTypeDefinitionNode obj => WithDescription(obj.Description,
            Join(["type", obj.Name.Value, Implements(obj.Interfaces), Directives(obj.Directives), Block(obj.Fields.Select(Print))], " ")),
        InterfaceTypeDefinitionNode iface => WithDescription(iface.Description,
            Join(["interface", iface.Name.Value, Implements(iface.Interfaces), Directives(iface.Directives), Block(iface.Fields.Select(Print))], " ")),
        UnionTypeDefinitionNode union => WithDescription(union.Description,
            Join(["union", union.Name.Value, Directives(union.Directives), Members(union.Types)], " ")),
        EnumTypeDefinitionNode enumType => WithDescription(enumType.Description,
            Join(["enum", enumType.Name.Value, Directives(enumType.Directives), Block(enumType.Values.Select(Print))], " ")),
        EnumValueDefinitionNode enumValue => WithDescription(enumValue.Description,
            Join([enumValue.Name.Value, Directives(enumValue.Directives)], " ")),
        InputObjectTypeDefinitionNode input => WithDescription(input.Description,
            Join(["input", input.Name.Value, Directives(input.Directives), Block(input.Fields.Select(Print))], " ")),
        FieldDefinitionNode field => WithDescription(field.Description,
            field.Name.Value + ArgumentDefinitions(field.Arguments) + ": " + Print(field.Type) + Wrap(" ", Directives(field.Directives))),
        InputValueDefinitionNode inputValue => WithDescription(inputValue.Description,
            Join([inputValue.Name.Value + ": " + Print(inputValue.Type),
                Wrap("= ", inputValue.DefaultValue is null ? null : Print(inputValue.DefaultValue)),
                Directives(inputValue.Directives)], " ")),
        DirectiveDefinitionNode directive => WithDescription(directive.Description,
            "directive @" + directive.Name.Value + ArgumentDefinitions(directive.Arguments)
            + (directive.Repeatable ? " repeatable" : string.Empty) + " on " + Join(directive.Locations.Select(Print), " | ")),
        SchemaExtensionNode schema => Join(["extend schema", Directives(schema.Directives), Block(schema.OperationTypes.Select(Print))], " "),
        ScalarTypeExtensionNode scalar => Join(["extend scalar", scalar.Name.Value, Directives(scalar.Directives)], " "),
        ObjectTypeExtensionNode obj => Join(
            ["extend type", obj.Name.Value, Implements(obj.Interfaces), Directives(obj.Directives), Block(obj.Fields.Select(Print))], " "),
        InterfaceTypeExtensionNode iface => Join(
            ["extend interface", iface.Name.Value, Implements(iface.Interfaces), Directives(iface.Directives), Block(iface.Fields.Select(Print))], " "),
        UnionTypeExtensionNode union => Join(["extend union", union.Name.Value, Directives(union.Directives), Members(union.Types)], " "),
        EnumTypeExtensionNode enumType => Join(
            ["extend enum", enumType.Name.Value, Directives(enumType.Directives), Block(enumType.Values.Select(Print))], " "),
        InputObjectTypeExtensionNode input => Join(
            ["extend input", input.Name.Value, Directives(input.Directives), Block(input.Fields.Select(Print))], " "),
        _ => throw new ArgumentException($"Cannot print node of kind {node.Kind}.", nameof(node)),
    };

    private static string Implements(IReadOnlyList<NamedTypeNode> interfaces) =>
        Wrap("implements ", Join(interfaces.Select(Print), " & "));

    private static string Members(IReadOnlyList<NamedTypeNode> types) => Wrap("= ", Join(types.Select(Print), " | "));

    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return printed.Exists(a => a.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }
}
