using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Introspection;

/// <summary>
/// The introspection types of the specification (<c>__Schema</c>, <c>__Type</c>, ...) and the meta-fields
/// <c>__schema</c>, <c>__type</c> and <c>__typename</c>. They are shared by every schema: their resolvers
/// read the schema being executed from the resolve context.
/// </summary>
public static class IntrospectionTypes
{
    static IntrospectionTypes()
    {
        var nonNullString = new NonNullType(BuiltInScalars.String);
        var nonNullBoolean = new NonNullType(BuiltInScalars.Boolean);
        var nonNullType = new NonNullType(Type);
        var typeList = new ListType(nonNullType);

        Schema.SetFields(
        [
            Field("description", BuiltInScalars.String, c => c.GetSource<Types.Schema>().Description),
            Field("types", new NonNullType(typeList), c => c.GetSource<Types.Schema>().TypeList, "A list of all types supported by this server."),
            Field("queryType", nonNullType, c => c.GetSource<Types.Schema>().QueryType, "The type that query operations will be rooted at."),
            Field("mutationType", Type, c => c.GetSource<Types.Schema>().MutationType,
                "If this server supports mutation, the type that mutation operations will be rooted at."),
            Field("subscriptionType", Type, c => c.GetSource<Types.Schema>().SubscriptionType,
                "If this server support subscription, the type that subscription operations will be rooted at."),
            Field("directives", new NonNullType(new ListType(new NonNullType(Directive))), c => c.GetSource<Types.Schema>().Directives,
                "A list of all directives supported by this server."),
        ]);

        Type.SetFields(
        [
            Field("kind", new NonNullType(TypeKindEnum), c => c.GetSource<GraphQLType>().Kind),
            Field("name", BuiltInScalars.String, c => (c.Source as NamedType)?.Name),
            Field("description", BuiltInScalars.String, c => (c.Source as NamedType)?.Description),
            Field("specifiedByURL", BuiltInScalars.String, c => (c.Source as ScalarType)?.SpecifiedByUrl),
            Field("fields", new ListType(new NonNullType(FieldType)), c => c.Source is ComplexType complex
                ? Filter(complex.Fields, f => f.IsDeprecated, IncludeDeprecated(c))
                : null, null, IncludeDeprecatedArgument()),
            Field("interfaces", typeList, c => (c.Source as ComplexType)?.Interfaces),
            Field("possibleTypes", typeList, c => c.Source is NamedType { IsAbstractType: true } named ? c.Schema.GetPossibleTypes(named) : null),
            Field("enumValues", new ListType(new NonNullType(EnumValue)), c => c.Source is EnumType enumType
                ? Filter(enumType.Values, v => v.IsDeprecated, IncludeDeprecated(c))
                : null, null, IncludeDeprecatedArgument()),
            Field("inputFields", new ListType(new NonNullType(InputValue)), c => c.Source is InputObjectType input
                ? Filter(input.Fields, f => f.IsDeprecated, IncludeDeprecated(c))
                : null, null, IncludeDeprecatedArgument()),
            Field("ofType", Type, c => c.Source switch
            {
                ListType list => list.OfType,
                NonNullType nonNull => nonNull.OfType,
                _ => null,
            }),
            Field("isOneOf", BuiltInScalars.Boolean, c => c.Source is InputObjectType input ? input.IsOneOf : null),
        ]);

        FieldType.SetFields(
        [
            Field("name", nonNullString, c => c.GetSource<FieldDefinition>().Name),
            Field("description", BuiltInScalars.String, c => c.GetSource<FieldDefinition>().Description),
            Field("args", new NonNullType(new ListType(new NonNullType(InputValue))), c =>
                Filter(c.GetSource<FieldDefinition>().Arguments, a => a.IsDeprecated, IncludeDeprecated(c)), null, IncludeDeprecatedArgument()),
            Field("type", nonNullType, c => c.GetSource<FieldDefinition>().Type),
            Field("isDeprecated", nonNullBoolean, c => c.GetSource<FieldDefinition>().IsDeprecated),
            Field("deprecationReason", BuiltInScalars.String, c => c.GetSource<FieldDefinition>().DeprecationReason),
        ]);

        InputValue.SetFields(
        [
            Field("name", nonNullString, c => c.GetSource<InputValueDefinition>().Name),
            Field("description", BuiltInScalars.String, c => c.GetSource<InputValueDefinition>().Description),
            Field("type", nonNullType, c => c.GetSource<InputValueDefinition>().Type),
            Field("defaultValue", BuiltInScalars.String, c => c.GetSource<InputValueDefinition>().DefaultValueLiteral is { } literal
                ? AstPrinter.Print(literal)
                : null, "A GraphQL-formatted string representing the default value for this input value."),
            Field("isDeprecated", nonNullBoolean, c => c.GetSource<InputValueDefinition>().IsDeprecated),
            Field("deprecationReason", BuiltInScalars.String, c => c.GetSource<InputValueDefinition>().DeprecationReason),
        ]);

        EnumValue.SetFields(
        [
            Field("name", nonNullString, c => c.GetSource<EnumValueDefinition>().Name),
            Field("description", BuiltInScalars.String, c => c.GetSource<EnumValueDefinition>().Description),
            Field("isDeprecated", nonNullBoolean, c => c.GetSource<EnumValueDefinition>().IsDeprecated),
            Field("deprecationReason", BuiltInScalars.String, c => c.GetSource<EnumValueDefinition>().DeprecationReason),
        ]);

        Directive.SetFields(
        [
            Field("name", nonNullString, c => c.GetSource<DirectiveDefinition>().Name),
            Field("description", BuiltInScalars.String, c => c.GetSource<DirectiveDefinition>().Description),
            Field("isRepeatable", nonNullBoolean, c => c.GetSource<DirectiveDefinition>().IsRepeatable),
            Field("locations", new NonNullType(new ListType(new NonNullType(DirectiveLocationEnum))), c =>
                c.GetSource<DirectiveDefinition>().Locations.Select(l => (object)l).ToArray()),
            Field("args", new NonNullType(new ListType(new NonNullType(InputValue))), c =>
                Filter(c.GetSource<DirectiveDefinition>().Arguments, a => a.IsDeprecated, IncludeDeprecated(c)), null, IncludeDeprecatedArgument()),
        ]);

        TypeKindEnum.SetValues(
        [
            new EnumValueDefinition("SCALAR", "Indicates this type is a scalar.", TypeKind.Scalar, null),
            new EnumValueDefinition("OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields.", TypeKind.Object, null),
            new EnumValueDefinition("INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.", TypeKind.Interface, null),
            new EnumValueDefinition("UNION", "Indicates this type is a union. `possibleTypes` is a valid field.", TypeKind.Union, null),
            new EnumValueDefinition("ENUM", "Indicates this type is an enum. `enumValues` is a valid field.", TypeKind.Enum, null),
            new EnumValueDefinition("INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field.", TypeKind.InputObject, null),
            new EnumValueDefinition("LIST", "Indicates this type is a list. `ofType` is a valid field.", TypeKind.List, null),
            new EnumValueDefinition("NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field.", TypeKind.NonNull, null),
        ]);

        DirectiveLocationEnum.SetValues(Enum.GetValues<Types.DirectiveLocation>()
            .Select(l => new EnumValueDefinition(l.ToSpecName(), "Location adjacent to " + DescribeLocation(l) + ".", l, null))
            .ToList());

        SchemaField = new FieldDefinition("__schema", "Access the current type schema of this server.", new NonNullType(Schema), [], null,
            c => new ValueTask<object?>(c.Schema));
        TypeField = new FieldDefinition("__type", "Request the type information of a single type.", Type,
            [new InputValueDefinition("name", null, nonNullString, false, null, null, null)], null,
            c => new ValueTask<object?>(c.Schema.GetType(c.Argument<string>("name"))));
        TypeNameField = new FieldDefinition("__typename", "The name of the current Object type at runtime.", nonNullString, [], null,
            c => new ValueTask<object?>(c.ParentType.Name));
        All = [Schema, Type, FieldType, InputValue, EnumValue, Directive, TypeKindEnum, DirectiveLocationEnum];
    }

    /// <summary><c>__Schema</c>.</summary>
    public static ObjectType Schema { get; } = new(
        "__Schema",
        "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
        null);

    /// <summary><c>__Type</c>.</summary>
    public static ObjectType Type { get; } = new(
        "__Type",
        "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\n"
        + "Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
        null);

    /// <summary><c>__Field</c>.</summary>
    public static ObjectType FieldType { get; } = new(
        "__Field",
        "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
        null);

    /// <summary><c>__InputValue</c>.</summary>
    public static ObjectType InputValue { get; } = new(
        "__InputValue",
        "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
        null);

    /// <summary><c>__EnumValue</c>.</summary>
    public static ObjectType EnumValue { get; } = new(
        "__EnumValue",
        "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
        null);

    /// <summary><c>__Directive</c>.</summary>
    public static ObjectType Directive { get; } = new(
        "__Directive",
        "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\n"
        + "In some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
        null);

    /// <summary><c>__TypeKind</c>.</summary>
    public static EnumType TypeKindEnum { get; } = new("__TypeKind", "An enum describing what kind of type a given `__Type` is.");

    /// <summary><c>__DirectiveLocation</c>.</summary>
    public static EnumType DirectiveLocationEnum { get; } = new(
        "__DirectiveLocation",
        "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");

    /// <summary>The <c>__schema</c> meta-field of the query root.</summary>
    public static FieldDefinition SchemaField { get; }

    /// <summary>The <c>__type(name:)</c> meta-field of the query root.</summary>
    public static FieldDefinition TypeField { get; }

    /// <summary>The <c>__typename</c> meta-field of every composite type.</summary>
    public static FieldDefinition TypeNameField { get; }

    /// <summary>All introspection types.</summary>
    public static IReadOnlyList<NamedType> All { get; }

    private static FieldDefinition Field(
        string name,
        GraphQLType type,
        Func<ResolveContext, object?> resolve,
        string? description = null,
        params InputValueDefinition[] arguments) =>
        new(name, description, type, arguments, null, c => new ValueTask<object?>(resolve(c)));

    private static string DescribeLocation(Types.DirectiveLocation location) => location switch
    {
        Types.DirectiveLocation.Query => "a query operation",
        Types.DirectiveLocation.Mutation => "a mutation operation",
        Types.DirectiveLocation.Subscription => "a subscription operation",
        Types.DirectiveLocation.Field => "a field",
        Types.DirectiveLocation.FragmentDefinition => "a fragment definition",
        Types.DirectiveLocation.FragmentSpread => "a fragment spread",
        Types.DirectiveLocation.InlineFragment => "an inline fragment",
        Types.DirectiveLocation.VariableDefinition => "a variable definition",
        Types.DirectiveLocation.Schema => "a schema definition",
        Types.DirectiveLocation.Scalar => "a scalar definition",
        Types.DirectiveLocation.Object => "an object type definition",
        Types.DirectiveLocation.FieldDefinition => "a field definition",
        Types.DirectiveLocation.ArgumentDefinition => "an argument definition",
        Types.DirectiveLocation.Interface => "an interface definition",
        Types.DirectiveLocation.Union => "a union definition",
        Types.DirectiveLocation.Enum => "an enum definition",
        Types.DirectiveLocation.EnumValue => "an enum value definition",
        Types.DirectiveLocation.InputObject => "an input object type definition",
        _ => "an input object field definition",
    };

    private static InputValueDefinition IncludeDeprecatedArgument() =>
        new("includeDeprecated", null, BuiltInScalars.Boolean, true, false, new BooleanValueNode(false, default), null);

    private static bool IncludeDeprecated(ResolveContext context) => context.ArgumentOrDefault("includeDeprecated", false);

    private static IReadOnlyList<T> Filter<T>(IReadOnlyList<T> items, Func<T, bool> isDeprecated, bool includeDeprecated) =>
        includeDeprecated ? items : items.Where(i => !isDeprecated(i)).ToArray();
}
