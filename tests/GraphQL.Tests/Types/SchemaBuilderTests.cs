using GraphQL.Building;
using GraphQL.Execution;
using GraphQL.Types;
using static GraphQL.Building.TypeRefs;

namespace GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    private enum OrderSide
    {
        Buy,
        Sell,
        StopLimit,
    }

    [Fact]
    public void Build_ResolvesReferencesInAnyOrder()
    {
        var builder = new SchemaBuilder();
        builder.Query(q => q.Field("order", Named("Order"), _ => null));
        builder.Object("Order", o => o.Field("next", "Order", _ => null));

        var schema = builder.Build();

        var order = Assert.IsType<ObjectType>(schema.GetType("Order"));
        Assert.Same(order, schema.QueryType.GetField("order")!.Type);
        Assert.Same(order, order.GetField("next")!.Type);
    }

    [Fact]
    public void Enum_FromClrEnum_UsesConstantCaseNamesAndMemberValues()
    {
        var builder = new SchemaBuilder();
        var side = builder.Enum<OrderSide>("Side");
        builder.Query(q => q.Field("side", side, _ => OrderSide.StopLimit));

        var type = Assert.IsType<EnumType>(builder.Build().GetType("Side"));

        Assert.Equal(["BUY", "SELL", "STOP_LIMIT"], type.Values.Select(v => v.Name));
        Assert.Equal(OrderSide.Sell, type.GetValue("SELL")!.Value);
        Assert.Equal("STOP_LIMIT", type.Serialize(OrderSide.StopLimit));
    }

    [Fact]
    public void Implements_CopiesUndeclaredInterfaceFieldsAndTransitiveInterfaces()
    {
        var builder = new SchemaBuilder();
        builder.Interface("Node", i => i.Field("id", "ID!", c => "n1"));
        builder.Interface("Entity", i => i.Implements("Node").Field("id", "ID!"));
        builder.Object<string>("Thing", o => o.Implements("Entity").Field("label", "String", s => s));
        builder.Query(q => q.Field("thing", "Thing", _ => "x"));

        var schema = builder.Build();

        var thing = Assert.IsType<ObjectType>(schema.GetType("Thing"));
        Assert.Equal(["Entity", "Node"], thing.Interfaces.Select(i => i.Name));
        Assert.Equal(["id", "label"], thing.Fields.Select(f => f.Name));
        Assert.Equal([thing], schema.GetPossibleTypes(schema.GetType("Node")!));
    }

    [Fact]
    public void Defaults_AreCheckedAndCoercedToInternalValues()
    {
        var builder = new SchemaBuilder();
        var side = builder.Enum<OrderSide>("Side");
        builder.InputObject("Filter", i => i.Field("side", side, f => f.Default(OrderSide.Sell)).Field("limit", "Int", f => f.Default(10)));
        builder.Query(q => q.Field("orders", "[String]").Argument("filter", "Filter", a => a.Default(new Dictionary<string, object?>())).Resolve(_ => null));

        var schema = builder.Build();

        var argument = schema.QueryType.GetField("orders")!.GetArgument("filter")!;
        var value = Assert.IsType<InputValues>(argument.DefaultValue);
        Assert.Equal(OrderSide.Sell, value["side"]);
        Assert.Equal(10, value["limit"]);
        Assert.Equal("{}", GraphQL.Language.AstPrinter.Print(argument.DefaultValueLiteral!));
    }

    [Fact]
    public void Resolve_Twice_IsRejected()
    {
        var builder = new SchemaBuilder();

        var error = Assert.Throws<InvalidOperationException>(() =>
            builder.Query(q => q.Field("a", "Int").Resolve(_ => 1).Resolve(_ => 2)));

        Assert.Equal("Field \"Query.a\" already has a resolver.", error.Message);
    }

    [Fact]
    public void TypeRef_FromInvalidText_IsRejectedWhenWritten()
    {
        var error = Assert.Throws<ArgumentException>(() => TypeRef.Parse("[String"));

        Assert.StartsWith("\"[String\" is not a GraphQL type reference: Expected \"]\", found <EOF>.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TypedField_WithWrongParentValue_NamesTheField()
    {
        var builder = new SchemaBuilder();
        builder.Object<Uri>("Link", o => o.Field("host", "String", u => u.Host));
        builder.Query(q => q.Field("link", "Link", _ => new Uri("https://example.com")));
        var field = Assert.IsType<ObjectType>(builder.Build().GetType("Link")).GetField("host")!;

        Assert.Equal("host", field.Name);
        Assert.True(field.HasCustomResolver);
    }
}
