using System.Text.Json;
using GraphQL.Building;
using GraphQL.Introspection;
using GraphQL.Types;

namespace GraphQL.Tests.Execution;

public sealed class IntrospectionTests
{
    private static readonly Schema Schema = BuildSchema();

    [Fact]
    public async Task IntrospectionQuery_HasTheShapeClientsExpect()
    {
        using var json = JsonDocument.Parse(await Run.Json(Schema, IntrospectionQuery.Text));
        var schema = json.RootElement.GetProperty("data").GetProperty("__schema");

        Assert.False(json.RootElement.TryGetProperty("errors", out _));
        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, schema.GetProperty("mutationType").ValueKind);
        Assert.Equal("A small shop.", schema.GetProperty("description").GetString());

        var types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        Assert.Contains("__Schema", types.Keys);
        Assert.Contains("String", types.Keys);
        Assert.DoesNotContain("Float", types.Keys);
        Assert.Equal("OBJECT", types["Order"].GetProperty("kind").GetString());
        Assert.Equal(["Node"], types["Order"].GetProperty("interfaces").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(["Order"], types["Node"].GetProperty("possibleTypes").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time.html", types["DateTime"].GetProperty("specifiedByURL").GetString());
        Assert.True(types["Pick"].GetProperty("isOneOf").GetBoolean());
        Assert.Equal(JsonValueKind.Null, types["Order"].GetProperty("isOneOf").ValueKind);

        var ordersField = types["Query"].GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "orders");
        Assert.Equal("NON_NULL", ordersField.GetProperty("type").GetProperty("kind").GetString());
        Assert.Equal("LIST", ordersField.GetProperty("type").GetProperty("ofType").GetProperty("kind").GetString());
        var first = ordersField.GetProperty("args").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "first");
        Assert.Equal("10", first.GetProperty("defaultValue").GetString());
        var oldArg = ordersField.GetProperty("args").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "old");
        Assert.True(oldArg.GetProperty("isDeprecated").GetBoolean());

        var directives = schema.GetProperty("directives").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], directives.Keys);
        Assert.Equal(["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"], directives["skip"].GetProperty("locations").EnumerateArray().Select(l => l.GetString()));
        Assert.False(directives["skip"].GetProperty("isRepeatable").GetBoolean());
    }

    [Fact]
    public async Task DeprecatedMembers_AreHiddenUnlessRequested() =>
        Assert.Equal(
            """{"data":{"__type":{"fields":[{"name":"id"},{"name":"total"}],"all":[{"name":"id","isDeprecated":false,"deprecationReason":null},{"name":"total","isDeprecated":false,"deprecationReason":null},{"name":"amount","isDeprecated":true,"deprecationReason":"Use total."}]},"status":{"enumValues":[{"name":"OPEN"}]}}}""",
            await Run.Json(
                Schema,
                """
                {
                  __type(name: "Order") {
                    fields { name }
                    all: fields(includeDeprecated: true) { name isDeprecated deprecationReason }
                  }
                  status: __type(name: "Status") { enumValues { name } }
                }
                """));

    [Fact]
    public async Task TypeByName_UnknownName_IsNull() =>
        Assert.Equal("""{"data":{"__type":null}}""", await Run.Json(Schema, "{ __type(name: \"Nope\") { name } }"));

    [Fact]
    public async Task WrappedTypes_AreDescribedThroughOfType() =>
        Assert.Equal(
            """{"data":{"__type":{"fields":[{"name":"orders","type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"LIST","name":null,"ofType":{"kind":"NON_NULL","name":null,"ofType":{"kind":"OBJECT","name":"Order"}}}}}]}}}""",
            await Run.Json(Schema, "{ __type(name: \"Query\") { fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }"));

    private static Schema BuildSchema()
    {
        var builder = new SchemaBuilder().Description("A small shop.");
        builder.Enum("Status", e => e.Value("OPEN").Value("CLOSED", deprecationReason: "Never closes."));
        builder.Interface("Node", i => i.Field("id", "ID!"));
        builder.Object("Order", o =>
        {
            o.Implements("Node").IsTypeOf(_ => true);
            o.Field("total", "Decimal");
            o.Field("amount", "Decimal").Deprecated("Use total.");
        });
        builder.InputObject("Pick", i => i.OneOf().Field("id", "ID").Field("at", "DateTime"));
        builder.Query(q => q.Field("orders", "[Order!]!")
            .Argument("first", "Int", a => a.Default(10))
            .Argument("pick", "Pick")
            .Argument("old", "String", a => a.Deprecated("Ignored."))
            .Resolve(_ => Array.Empty<object>()));
        return builder.Build();
    }
}
