using System.Runtime.CompilerServices;
using GraphQL.Building;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.AspNetCore.Tests;

/// <summary>The schema the transport and conformance tests serve: queries, a mutation, an interface, a union, an input and subscriptions.</summary>
public static class TestSchema
{
    public static Schema Create(EventBroadcaster broadcaster)
    {
        var builder = new SchemaBuilder();
        var pet = builder.Interface("Pet", t =>
        {
            t.Description("An animal someone keeps.");
            t.ResolveType(TypeName);
            t.Field("name", "String!");
        });
        var dog = builder.Object("Dog", t =>
        {
            t.Implements("Pet");
            t.Field("name", "String!");
            t.Field("barks", "Boolean!");
        });
        var cat = builder.Object("Cat", t =>
        {
            t.Implements("Pet");
            t.Field("name", "String!");
            t.Field("lives", "Int!").Deprecated("Cats have one life.");
        });
        builder.Union("Animal", u => u.Types("Dog", "Cat").ResolveType(TypeName));
        builder.InputObject("PetInput", t =>
        {
            t.Field("name", "String!");
            t.Field("kind", "PetKind");
        });
        builder.Enum("PetKind", e => e.Value("DOG").Value("CAT"));
        var pets = new List<Dictionary<string, object?>>
        {
            new() { ["__typename"] = "Dog", ["name"] = "Rex", ["barks"] = true },
            new() { ["__typename"] = "Cat", ["name"] = "Tom", ["lives"] = 9 },
        };
        builder.Query(q =>
        {
            q.Field("hello", "String!").Argument("name", "String", a => a.Default("world")).Resolve(c => "Hello, " + c.Argument<string>("name"));
            q.Field("count", "Int!").Resolve(_ => 42);
            q.Field("price", "Decimal!").Resolve(_ => 1.5m);
            q.Field("pets", "[Pet!]!").Resolve(_ => pets);
            q.Field("animals", "[Animal!]!").Resolve(_ => pets);
            q.Field("pet", "Pet").Argument("name", "String!").Resolve(c => pets.Find(p => (string)p["name"]! == c.Argument<string>("name")));
            q.Field("fail", "String").Resolve(_ => throw new GraphQLException("resolver failed"));
        });
        builder.Mutation(m =>
            m.Field("addPet", "Pet!").Argument("input", "PetInput!").Resolve(c =>
            {
                var input = c.Arguments.Get<InputValues>("input");
                return new Dictionary<string, object?> { ["__typename"] = "Dog", ["name"] = input["name"], ["barks"] = false };
            }));
        builder.Subscription(s =>
        {
            s.Field("ticks", "Int!").Argument("count", "Int!").Subscribe(c => Ticks(c.Argument<int>("count")));
            s.Field("events", "Int!").Subscribe(_ => broadcaster.Subscribe());
        });
        _ = (pet, dog, cat);
        return builder.Build();
    }

    private static string? TypeName(object value) =>
        value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("__typename", out var name) ? name as string : null;

    private static async IAsyncEnumerable<object?> Ticks(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return i;
        }
    }
}
