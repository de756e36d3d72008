using GraphQL.Building;
using GraphQL.Execution;

namespace GraphQL.Tests.Execution;

public sealed class DocumentCacheTests
{
    [Fact]
    public void GetOrAdd_ManyThreadsPastCapacity_NeverThrowsAndStaysBounded()
    {
        var builder = new SchemaBuilder();
        builder.Query(q => q.Field("count", "Int").Resolve(_ => 1));
        var cache = new DocumentCache(builder.Build(), capacity: 50);
        var failures = 0;

        // Trimming used to sort the live dictionary while other threads added to it and threw IndexOutOfRangeException.
        Parallel.For(0, 50_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            try
            {
                if (!cache.GetOrAdd("{ count } # " + i).IsValid)
                    Interlocked.Increment(ref failures);
            }
            catch (IndexOutOfRangeException)
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
        Assert.InRange(cache.Count, 1, 50 + 8);
    }
}
