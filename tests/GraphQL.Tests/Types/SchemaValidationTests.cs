using GraphQL.Building;

namespace GraphQL.Tests.Types;

public sealed class SchemaValidationTests
{
    [Fact]
    public void Build_WithoutQuery_FailsWithClearMessage() =>
        AssertInvalid(b => b.Object("T", o => o.Field("a", "Int")), "The schema has no query root type: define one with SchemaBuilder.Query(...).");

    [Fact]
    public void Build_DuplicateTypeName_IsReported() =>
        AssertInvalid(
            b =>
            {
                b.Object("T", o => o.Field("a", "Int"));
                b.Object("T", o => o.Field("b", "Int"));
                b.Query(q => q.Field("t", "T"));
            },
            "Type \"T\" is defined more than once.");

    [Fact]
    public void Build_UnknownType_IsReportedWithSuggestion() =>
        AssertInvalid(
            b =>
            {
                b.Object("Order", o => o.Field("a", "Int"));
                b.Query(q => q.Field("order", "Ordr"));
            },
            "Unknown type \"Ordr\" referenced by field \"Query.order\". Did you mean \"Order\"?");

    [Fact]
    public void Build_RedefiningBuiltInScalar_IsReported() =>
        AssertInvalid(
            b =>
            {
                b.Enum("String", e => e.Value("A"));
                b.Query(q => q.Field("a", "Int"));
            },
            "Type \"String\" is built in and cannot be redefined.");

    [Fact]
    public void Build_InterfaceFieldMissingOrMistyped_IsReported() =>
        AssertInvalid(
            b =>
            {
                b.Interface("Named", i => i.ResolveType(_ => "A").Field("name", "String!").Argument("upper", "Boolean"));
                b.Object("A", o => o.Implements("Named").Field("name", "Int"));
                b.Query(q => q.Field("named", "Named"));
            },
            "Interface field \"Named.name\" expects type \"String!\" but \"A.name\" is type \"Int\".",
            "Interface field argument \"Named.name(upper:)\" expected but \"A.name\" does not provide it.");

    [Fact]
    public void Build_ExtraRequiredArgumentOnImplementation_IsReported() =>
        AssertInvalid(
            b =>
            {
                b.Interface("Named", i => i.ResolveType(_ => "A").Field("name", "String"));
                b.Object("A", o => o.Implements("Named").Field("name", "String").Argument("lang", "String!"));
                b.Query(q => q.Field("named", "Named"));
            },
            "Field \"A.name\" includes required argument \"lang\" that is missing from the Interface field \"Named.name\".");

    [Fact]
    public void Build_AbstractTypeWithoutWayToResolve_IsReported() =>
        AssertInvalid(
            b =>
            {
                b.Object("A", o => o.Field("a", "Int"));
                b.Object("B", o => o.Field("b", "Int"));
                b.Union("AorB", u => u.Types("A", "B"));
                b.Query(q => q.Field("ab", "AorB"));
            },
            "Abstract type \"AorB\" cannot tell its runtime types apart: give it ResolveType(...), or give every possible type IsTypeOf (missing on \"A\", \"B\"; Object<T> types have one).");

    [Fact]
    public void Build_UnionOfNonObject_IsReported() =>
        AssertInvalid(
            b =>
            {
                b.Union("U", u => u.Types("String").ResolveType(_ => null));
                b.Query(q => q.Field("u", "U"));
            },
            "Union type \"U\" can only include Object types, it cannot include \"String\".");

    [Fact]
    public void Build_InputTypeAsFieldOrObjectAsArgument_IsReported() =>
        AssertInvalid(
            b =>
            {
                b.InputObject("In", i => i.Field("a", "Int"));
                b.Object("Out", o => o.Field("a", "Int"));
                b.Query(q =>
                {
                    q.Field("in", "In");
                    q.Field("out", "Int").Argument("value", "Out");
                });
            },
            "The type of \"Query.in\" must be an output type but got \"In\".",
            "The type of \"Query.out(value:)\" must be an input type but got \"Out\".");

    [Fact]
    public void Build_DeprecatedRequiredArgument_IsReported() =>
        AssertInvalid(
            b => b.Query(q => q.Field("a", "Int").Argument("id", "ID!", a => a.Deprecated())),
            "Required argument \"Query.a(id:)\" cannot be deprecated.");

    [Fact]
    public void Build_OneOfWithNonNullOrDefaultField_IsReported() =>
        AssertInvalid(
            b =>
            {
                b.InputObject("Pick", i => i.OneOf().Field("a", "Int!").Field("b", "Int", f => f.Default(1)));
                b.Query(q => q.Field("a", "Int").Argument("pick", "Pick"));
            },
            "OneOf input field \"Pick.a\" must be nullable.",
            "OneOf input field \"Pick.b\" cannot have a default value.");

    [Fact]
    public void Build_NonNullInputCycle_IsReported() =>
        AssertInvalid(
            b =>
            {
                b.InputObject("A", i => i.Field("b", "B!"));
                b.InputObject("B", i => i.Field("a", "A!"));
                b.Query(q => q.Field("x", "Int").Argument("a", "A"));
            },
            "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".",
            "Cannot reference Input Object \"B\" within itself through a series of non-null fields: \"a.b\".");

    [Fact]
    public void Build_InvalidDefaultValue_IsReported() =>
        AssertInvalid(
            b => b.Query(q => q.Field("a", "Int").Argument("n", "Int", a => a.Default("ten"))),
            "\"Query.a(n:)\" has an invalid default value: Int cannot represent non-integer value: \"ten\"");

    [Fact]
    public void Build_SubscriptionFieldWithoutSource_IsReported() =>
        AssertInvalid(
            b =>
            {
                b.Query(q => q.Field("a", "Int"));
                b.Subscription(s => s.Field("ticks", "Int"));
            },
            "Subscription field \"Subscription.ticks\" needs an event source: call Subscribe(...) on it.");

    [Fact]
    public void Build_ReservedOrInvalidNames_AreReported() =>
        AssertInvalid(
            b =>
            {
                b.Object("__Bad", o => o.Field("a", "Int"));
                b.Query(q => q.Field("a-b", "Int"));
            },
            "Type \"__Bad\": name \"__Bad\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Field \"Query.a-b\": names must only contain [_a-zA-Z0-9] and not start with a digit, but \"a-b\" does not.");

    [Fact]
    public void Build_EmptyTypes_AreReported() =>
        AssertInvalid(
            b =>
            {
                b.Object("Empty", _ => { });
                b.Enum("None", _ => { });
                b.Query(q => q.Field("e", "Empty").Argument("n", "None"));
            },
            "Type \"Empty\" must define one or more fields.",
            "Enum type \"None\" must define one or more values.");

    private static void AssertInvalid(Action<SchemaBuilder> configure, params string[] expected)
    {
        var builder = new SchemaBuilder();
        configure(builder);

        var error = Assert.Throws<SchemaValidationException>(builder.Build);

        foreach (var message in expected)
            Assert.Contains(message, error.Errors);
        Assert.Equal(expected.Length, error.Errors.Count);
    }
}
