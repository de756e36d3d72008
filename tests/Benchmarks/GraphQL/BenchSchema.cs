using System.Diagnostics;
using GraphQL.Building;
using GraphQL.Types;

namespace Benchmarks.GraphQL;

/// <summary>
/// The benchmark schema: three scalar fields on Query (the same values graphql-js serves from its root value) and a subscription
/// whose events carry the <see cref="Stopwatch"/> timestamp at which they were published.
/// </summary>
public static class BenchSchema
{
    public const string SimpleQuery = "{ greeting count active }";

    public static Schema Create(BenchEvents events)
    {
        var builder = new SchemaBuilder();
        builder.Query(q =>
        {
            q.Field("greeting", "String!").Resolve(_ => "hello");
            q.Field("count", "Int!").Resolve(_ => 42);
            q.Field("active", "Boolean!").Resolve(_ => true);
        });
        builder.Subscription(s => s.Field("tick", "String!").Subscribe(_ => events.Subscribe()));
        return builder.Build();
    }

    /// <summary>The SDL graphql-js builds its copy from; only the query part, which is what it serves.</summary>
    public const string QuerySdl = "type Query { greeting: String! count: Int! active: Boolean! }";
}
