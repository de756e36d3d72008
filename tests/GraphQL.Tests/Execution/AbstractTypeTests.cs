using GraphQL.Building;
using GraphQL.Types;

namespace GraphQL.Tests.Execution;

public sealed class AbstractTypeTests
{
    private static readonly Schema Zoo = BuildZoo();

    [Fact]
    public async Task Interface_ResolvedThroughTypedObjects_SelectsFragmentsOfTheRuntimeType() =>
        Assert.Equal(
            """{"data":{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","meows":false}]}}""",
            await Run.Json(Zoo, "{ pets { __typename name ... on Dog { barks } ... on Cat { meows } } }"));

    [Fact]
    public async Task Union_ResolvedByResolveType_SelectsFragments() =>
        Assert.Equal(
            """{"data":{"search":[{"__typename":"Dog","name":"Rex"},{"__typename":"Person","fullName":"Ann Lee"}]}}""",
            await Run.Json(Zoo, "{ search { __typename ... on Pet { name } ... on Person { fullName } } }"));

    [Fact]
    public async Task Union_WhenResolveTypeNamesAnUnknownType_IsAFieldError() =>
        Assert.Equal(
            """{"errors":[{"message":"Abstract type \"SearchResult\" was resolved to a type \"Robot\" that does not exist inside the schema.","locations":[{"line":1,"column":3}],"path":["broken",0]}],"data":{"broken":[null]}}""",
            await Run.Json(Zoo, "{ broken { __typename } }"));

    [Fact]
    public async Task Interface_WhenNoTypeRecognisesTheValue_IsAFieldError() =>
        Assert.Equal(
            """{"errors":[{"message":"Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.stranger\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["stranger"]}],"data":{"stranger":null}}""",
            await Run.Json(Zoo, "{ stranger { name } }"));

    [Fact]
    public async Task ObjectField_WithValueOfAnotherType_IsAFieldError() =>
        Assert.Equal(
            """{"errors":[{"message":"Expected value of type \"Dog\" but got: \"not a dog\".","locations":[{"line":1,"column":3}],"path":["dog"]}],"data":{"dog":null}}""",
            await Run.Json(Zoo, "{ dog { name } }"));

    private static Schema BuildZoo()
    {
        var builder = new SchemaBuilder();
        builder.Interface("Pet", i => i.Field("name", "String!"));
        builder.Object<ZooDog>("Dog", o =>
        {
            o.Implements("Pet");
            o.Field("name", "String!", d => d.Name);
            o.Field("barks", "Boolean", d => d.Barks);
        });
        builder.Object<ZooCat>("Cat", o =>
        {
            o.Implements("Pet");
            o.Field("name", "String!", c => c.Name);
            o.Field("meows", "Boolean", c => c.Meows);
        });
        builder.Object("Person", o => o.Field("fullName", "String", c => ((string[])c.Source!)[0] + " " + ((string[])c.Source!)[1]));
        builder.Union("SearchResult", u => u.Types("Dog", "Person").ResolveType(v => v switch
        {
            ZooDog => "Dog",
            string[] => "Person",
            _ => "Robot",
        }));
        builder.Query(q =>
        {
            q.Field("pets", "[Pet!]!", _ => new object[] { new ZooDog("Rex", true), new ZooCat("Tom", false) });
            q.Field("search", "[SearchResult]", _ => new object[] { new ZooDog("Rex", true), new[] { "Ann", "Lee" } });
            q.Field("broken", "[SearchResult]", _ => new object[] { 42 });
            q.Field("stranger", "Pet", _ => "a stranger");
            q.Field("dog", "Dog", _ => "not a dog");
        });
        return builder.Build();
    }
}
