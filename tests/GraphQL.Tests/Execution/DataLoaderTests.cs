using GraphQL.Building;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Execution;

public sealed class DataLoaderTests
{
    [Fact]
    public async Task Loads_IssuedByOneLevel_AreCoalescedIntoOneBatchPerLoader()
    {
        var batches = new List<string>();
        var schema = BuildSchema(batches);

        var json = await Run.Json(schema, "{ orders { id customer { name company { name } } } }");

        Assert.Equal(
            """{"data":{"orders":[{"id":1,"customer":{"name":"customer 10","company":{"name":"company 100"}}},{"id":2,"customer":{"name":"customer 20","company":{"name":"company 200"}}},{"id":3,"customer":{"name":"customer 10","company":{"name":"company 100"}}},{"id":4,"customer":null}]}}""",
            json);
        Assert.Equal(["customers 10,20,30", "companies 100,200"], batches);
    }

    [Fact]
    public async Task Loads_ChainedInsideOneResolver_AreStillBatched()
    {
        var batches = new List<string>();
        var schema = BuildSchema(batches);

        var json = await Run.Json(schema, "{ orders { companyName } }");

        Assert.Equal(
            """{"data":{"orders":[{"companyName":"company 100"},{"companyName":"company 200"},{"companyName":"company 100"},{"companyName":null}]}}""",
            json);
        Assert.Equal(["customers 10,20,30", "companies 100,200"], batches);
    }

    [Fact]
    public async Task BatchFailure_FailsEveryFieldOfTheBatch()
    {
        var schema = new SchemaBuilder();
        schema.Object<int>("Thing", o => o.FieldAsync("x", "Int", async (i, c) =>
            await c.DataLoader<int, int>("broken", (_, _) => throw new GraphQLException("batch failed")).LoadAsync(i)));
        schema.Query(q => q.Field("things", "[Thing]", _ => new[] { 1, 2 }));

        var json = await Run.Json(schema.Build(), "{ things { x } }");

        Assert.Equal(
            """{"errors":[{"message":"batch failed","locations":[{"line":1,"column":12}],"path":["things",0,"x"]},{"message":"batch failed","locations":[{"line":1,"column":12}],"path":["things",1,"x"]}],"data":{"things":[{"x":null},{"x":null}]}}""",
            json);
    }

    [Fact]
    public async Task Loader_CachesKeysAndDispatchesManually()
    {
        var calls = 0;
        var loader = new DataLoader<int, string>((keys, _) =>
        {
            calls++;
            return new ValueTask<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => "v" + k));
        });

        var first = loader.LoadAsync(1);
        var again = loader.LoadAsync(1);
        var many = loader.LoadManyAsync([2, 1]);
        Assert.True(loader.HasPendingLoads);
        await loader.DispatchAsync();

        Assert.Same(first, again);
        Assert.Equal("v1", await first);
        Assert.Equal(["v2", "v1"], await many);
        Assert.Equal(1, calls);
        Assert.False(loader.HasPendingLoads);
    }

    private static Schema BuildSchema(List<string> batches)
    {
        static DataLoader<int, Customer> Customers(ResolveContext context, List<string> batches) =>
            context.DataLoader<int, Customer>("customers", (ids, _) =>
            {
                lock (batches)
                    batches.Add("customers " + string.Join(",", ids.Order()));
                IReadOnlyDictionary<int, Customer> found = ids.Where(id => id != 30).ToDictionary(id => id, id => new Customer(id, id * 10));
                return new ValueTask<IReadOnlyDictionary<int, Customer>>(found);
            });

        static DataLoader<int, string> Companies(ResolveContext context, List<string> batches) =>
            context.DataLoader<int, string>("companies", async (ids, _) =>
            {
                await Task.Yield();
                lock (batches)
                    batches.Add("companies " + string.Join(",", ids.Order()));
                return ids.ToDictionary(id => id, id => "company " + id);
            });

        var builder = new SchemaBuilder();
        builder.Object<Customer>("Customer", o =>
        {
            o.Field("name", "String", c => "customer " + c.Id);
            o.Field("company", "Company").ResolveAsync(async c =>
                (object?)await Companies(c, batches).LoadAsync(c.GetSource<Customer>().CompanyId));
        });
        builder.Object<string>("Company", o => o.Field("name", "String", s => s));
        builder.Object<(int Id, int CustomerId)>("Order", o =>
        {
            o.Field("id", "Int", x => x.Id);
            o.FieldAsync("customer", "Customer", async (x, c) => await Customers(c, batches).LoadAsync(x.CustomerId));
            o.FieldAsync("companyName", "String", async (x, c) =>
            {
                var customer = await Customers(c, batches).LoadAsync(x.CustomerId);
                return customer is null ? null : await Companies(c, batches).LoadAsync(customer.CompanyId);
            });
        });
        builder.Query(q => q.Field("orders", "[Order!]!", _ => new object[] { (1, 10), (2, 20), (3, 10), (4, 30) }));
        return builder.Build();
    }

    private sealed record Customer(int Id, int CompanyId);
}
