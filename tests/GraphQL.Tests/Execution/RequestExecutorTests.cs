using GraphQL.Building;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Execution;

public sealed class RequestExecutorTests
{
    private static readonly Schema Schema = BuildSchema();

    [Fact]
    public async Task Execute_SameTextTwice_ParsesAndValidatesOnce()
    {
        var executor = new RequestExecutor(Schema);
        var request = new GraphQLRequest { Query = "{ hello(name: \"Ann\") }" };

        var first = await executor.ExecuteAsync(request);
        var document = executor.Documents.GetOrAdd(request.Query).Document;
        var second = await executor.ExecuteAsync(request);

        Assert.Equal("""{"data":{"hello":"Hello, Ann"}}""", first.ToJson());
        Assert.Equal(first.ToJson(), second.ToJson());
        Assert.Same(document, executor.Documents.GetOrAdd(request.Query).Document);
        Assert.Equal(1, executor.Documents.Count);
    }

    [Fact]
    public async Task Execute_SyntaxError_AnswersWithItsLocation() =>
        Assert.Equal(
            """{"errors":[{"message":"Syntax Error: Expected Name, found \"}\".","locations":[{"line":1,"column":9}]}]}""",
            (await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = "{ hello(" + "}" })).ToJson());

    [Fact]
    public async Task Execute_InvalidDocument_AnswersWithValidationErrors() =>
        Assert.Equal(
            """{"errors":[{"message":"Cannot query field \"helo\" on type \"Query\". Did you mean \"hello\" or \"self\"?","locations":[{"line":1,"column":3}]}]}""",
            (await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = "{ helo }" })).ToJson());

    [Fact]
    public async Task Execute_TooDeepDocument_IsRejectedByDefaultLimits()
    {
        var query = "{ self " + string.Concat(Enumerable.Repeat("{ self ", 20)) + "{ hello(name: \"x\") } " + new string('}', 21);

        var result = await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = query });

        Assert.Equal(["The operation has a depth of 22, which exceeds the maximum of 15."], result.Errors.Select(e => e.Message));
    }

    [Fact]
    public async Task Execute_StandardIntrospectionQuery_PassesDefaultLimits()
    {
        var result = await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = GraphQL.Introspection.IntrospectionQuery.Text });

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Data);
    }

    [Fact]
    public async Task Execute_PassesServicesAndUserContextToResolvers()
    {
        var result = await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest
        {
            Query = "{ whoami }",
            UserContext = "ann",
            Services = new SingleService(new Greeter("Hi")),
        });

        Assert.Equal("""{"data":{"whoami":"Hi ann"}}""", result.ToJson());
    }

    [Fact]
    public async Task Execute_DecimalVariablesFromJson_KeepEveryDigit() =>
        Assert.Equal(
            """{"data":{"exact":"0.1000000000000000000000000001"}}""",
            (await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest
            {
                Query = "query ($d: Decimal!) { exact(value: $d) }",
                Variables = JsonInput.ParseObject("""{"d": 0.1000000000000000000000000001}"""),
            })).ToJson());

    private static Schema BuildSchema()
    {
        var builder = new SchemaBuilder();
        builder.Query(q =>
        {
            q.Field("hello", "String").Argument("name", "String!").Resolve(c => "Hello, " + c.Argument<string>("name"));
            q.Field("self", "Query", _ => new object());
            q.Field("whoami", "String", c => c.GetRequiredService<Greeter>().Greeting + " " + c.UserContext);
            q.Field("exact", "Decimal").Argument("value", "Decimal!").Resolve(c => c.Argument<decimal>("value"));
        });
        return builder.Build();
    }

    private sealed record Greeter(string Greeting);

    private sealed class SingleService(object service) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType.IsInstanceOfType(service) ? service : null;
    }
}
