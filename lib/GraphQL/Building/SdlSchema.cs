using System.Globalization;
using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Building;

/// <summary>
/// Builds a schema from SDL (schema-first), for tests, tools and conformance runs. Fields read
/// dictionary parent values unless a resolver is given by coordinate; interfaces and unions resolve
/// runtime types from a <c>__typename</c> entry. Extensions in the document are merged in.
/// </summary>
public static class SdlSchema
{
    /// <summary>Builds and validates the schema described by <paramref name="sdl"/>.</summary>
    /// <exception cref="GraphQLSyntaxError">The SDL does not parse.</exception>
    /// <exception cref="SchemaValidationException">The schema is invalid.</exception>
    public static Schema Build(string sdl, SdlSchemaOptions? options = null)
    {
        options ??= new SdlSchemaOptions();
        var document = Parser.Parse(sdl, ParserOptions.Unlimited);
        var builder = new SchemaBuilder();
        var definitions = document.Definitions.OfType<TypeDefinitionNode>().ToList();
        var extensions = document.Definitions.OfType<TypeExtensionNode>().ToList();
        var schemaDefinition = document.Definitions.OfType<SchemaDefinitionNode>().FirstOrDefault();
        var roots = new Dictionary<OperationType, string>();
        foreach (var operationType in document.Definitions.OfType<SchemaDefinitionNode>().SelectMany(s => s.OperationTypes)
            .Concat(document.Definitions.OfType<SchemaExtensionNode>().SelectMany(s => s.OperationTypes)))
        {
            roots[operationType.Operation] = operationType.Type.Name.Value;
        }

        if (schemaDefinition?.Description is { } description)
            builder.Description(description.Value);
        var rootNames = new Dictionary<string, OperationType>(StringComparer.Ordinal);
        foreach (var operation in Enum.GetValues<OperationType>())
        {
            var name = roots.GetValueOrDefault(operation) ?? (schemaDefinition is null ? DefaultRootName(operation) : null);
            if (name is not null && definitions.Any(d => d.Name.Value == name))
                rootNames[name] = operation;
        }

        foreach (var definition in definitions)
            Define(builder, definition, extensions.Where(e => e.Name.Value == definition.Name.Value).ToList(), rootNames, options);
        foreach (var directive in document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            if (BuiltInDirectives.All.Any(d => d.Name == directive.Name.Value))
                continue;
            builder.Directive(directive.Name.Value, d =>
            {
                if (directive.Description is not null)
                    d.Description(directive.Description.Value);
                foreach (var argument in directive.Arguments)
                    d.Argument(argument.Name.Value, TypeRef.Parse(AstPrinter.Print(argument.Type)), a => ConfigureInputValue(a, argument));
                d.Locations([.. directive.Locations.Select(l => DirectiveLocationExtensions.TryParse(l.Value, out var location) ? location : default)]);
                if (directive.Repeatable)
                    d.Repeatable();
            });
        }

        return builder.Build();
    }

    /// <summary>A literal as a plain value without a type: numbers, strings, booleans, enum names, lists and dictionaries.</summary>
    public static object? ToUntypedValue(ValueNode literal, InputValues? variables = null) => literal switch
    {
        NullValueNode => null,
        IntValueNode integer => int.TryParse(integer.Value, CultureInfo.InvariantCulture, out var small) ? small
            : long.TryParse(integer.Value, CultureInfo.InvariantCulture, out var large) ? large
            : double.Parse(integer.Value, CultureInfo.InvariantCulture),
        FloatValueNode number => double.Parse(number.Value, CultureInfo.InvariantCulture),
        StringValueNode text => text.Value,
        BooleanValueNode boolean => boolean.Value,
        EnumValueNode enumValue => enumValue.Value,
        ListValueNode list => list.Values.Select(v => ToUntypedValue(v, variables)).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name.Value, f => ToUntypedValue(f.Value, variables), StringComparer.Ordinal),
        VariableNode variable => variables?.GetValueOrDefault(variable.Name.Value),
        _ => null,
    };

    private static string DefaultRootName(OperationType operation) => operation switch
    {
        OperationType.Query => "Query",
        OperationType.Mutation => "Mutation",
        _ => "Subscription",
    };

    private static void Define(
        SchemaBuilder builder,
        TypeDefinitionNode definition,
        List<TypeExtensionNode> extensions,
        Dictionary<string, OperationType> rootNames,
        SdlSchemaOptions options)
    {
        var name = definition.Name.Value;
        var description = definition.Description?.Value;
        switch (definition)
        {
            case ObjectTypeDefinitionNode obj:
                var fields = obj.Fields.Concat(extensions.OfType<ObjectTypeExtensionNode>().SelectMany(e => e.Fields)).ToList();
                var interfaces = obj.Interfaces.Concat(extensions.OfType<ObjectTypeExtensionNode>().SelectMany(e => e.Interfaces));
                void ConfigureObject(ObjectTypeBuilder o)
                {
                    if (description is not null)
                        o.Description(description);
                    o.Implements([.. interfaces.Select(i => (TypeRef)i.Name.Value).Distinct()]);
                    var isSubscriptionRoot = rootNames.TryGetValue(name, out var kind) && kind == OperationType.Subscription;
                    foreach (var field in fields)
                        DefineField(o.Field(field.Name.Value, TypeRef.Parse(AstPrinter.Print(field.Type))), name, field, options, isSubscriptionRoot);
                }

                if (rootNames.TryGetValue(name, out var operation))
                {
                    if (operation == OperationType.Query)
                        builder.Query(name, ConfigureObject);
                    else if (operation == OperationType.Mutation)
                        builder.Mutation(name, ConfigureObject);
                    else
                        builder.Subscription(name, ConfigureObject);
                }
                else
                {
                    builder.Object(name, ConfigureObject);
                }

                break;
            case InterfaceTypeDefinitionNode iface:
                builder.Interface(name, i =>
                {
                    if (description is not null)
                        i.Description(description);
                    i.Implements([.. iface.Interfaces.Concat(extensions.OfType<InterfaceTypeExtensionNode>().SelectMany(e => e.Interfaces))
                        .Select(n => (TypeRef)n.Name.Value)]);
                    i.ResolveType(TypeNameEntry);
                    foreach (var field in iface.Fields.Concat(extensions.OfType<InterfaceTypeExtensionNode>().SelectMany(e => e.Fields)))
                        DefineField(i.Field(field.Name.Value, TypeRef.Parse(AstPrinter.Print(field.Type))), name, field, options, false);
                });
                break;
            case UnionTypeDefinitionNode union:
                builder.Union(name, u =>
                {
                    if (description is not null)
                        u.Description(description);
                    u.Types([.. union.Types.Concat(extensions.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types)).Select(t => (TypeRef)t.Name.Value)]);
                    u.ResolveType(TypeNameEntry);
                });
                break;
            case EnumTypeDefinitionNode enumType:
                builder.Enum(name, e =>
                {
                    if (description is not null)
                        e.Description(description);
                    foreach (var value in enumType.Values.Concat(extensions.OfType<EnumTypeExtensionNode>().SelectMany(x => x.Values)))
                        e.Value(value.Name.Value, value.Name.Value, value.Description?.Value, DeprecationReason(value.Directives));
                });
                break;
            case InputObjectTypeDefinitionNode input:
                builder.InputObject(name, i =>
                {
                    if (description is not null)
                        i.Description(description);
                    if (input.Directives.Concat(extensions.SelectMany(e => e.Directives)).Any(d => d.Name.Value == "oneOf"))
                        i.OneOf();
                    foreach (var field in input.Fields.Concat(extensions.OfType<InputObjectTypeExtensionNode>().SelectMany(e => e.Fields)))
                        i.Field(field.Name.Value, TypeRef.Parse(AstPrinter.Print(field.Type)), f => ConfigureInputValue(f, field));
                });
                break;
            case ScalarTypeDefinitionNode scalar:
                var url = scalar.Directives.Concat(extensions.SelectMany(e => e.Directives))
                    .FirstOrDefault(d => d.Name.Value == "specifiedBy")?.Arguments.FirstOrDefault(a => a.Name.Value == "url")?.Value as StringValueNode;
                builder.Scalar(options.Scalars.GetValueOrDefault(name) ?? new PassThroughScalar(name, description, url?.Value));
                break;
        }
    }

    private static void DefineField(FieldBuilder field, string typeName, FieldDefinitionNode node, SdlSchemaOptions options, bool isSubscriptionRoot)
    {
        var coordinate = typeName + "." + node.Name.Value;
        if (node.Description is not null)
            field.Description(node.Description.Value);
        if (DeprecationReason(node.Directives) is { } reason)
            field.Deprecated(reason);
        foreach (var argument in node.Arguments)
            field.Argument(argument.Name.Value, TypeRef.Parse(AstPrinter.Print(argument.Type)), a => ConfigureInputValue(a, argument));
        if (options.Resolvers.TryGetValue(coordinate, out var resolver))
            field.ResolveAsync(context => resolver(context));
        if (options.Subscriptions.TryGetValue(coordinate, out var source))
            field.SubscribeAsync(context => source(context));
        else if (isSubscriptionRoot)
            field.SubscribeAsync(_ => throw new GraphQLException($"No event source is configured for \"{coordinate}\"."));
    }

    private static void ConfigureInputValue(InputValueBuilder builder, InputValueDefinitionNode node)
    {
        if (node.Description is not null)
            builder.Description(node.Description.Value);
        if (node.DefaultValue is not null)
            builder.Default(ToUntypedValue(node.DefaultValue));
        if (DeprecationReason(node.Directives) is { } reason)
            builder.Deprecated(reason);
    }

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
        if (deprecated is null)
            return null;
        return deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value is StringValueNode reason
            ? reason.Value
            : BuiltInDirectives.DefaultDeprecationReason;
    }

    private static string? TypeNameEntry(object value) =>
        value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("__typename", out var name) ? name as string : null;
}
