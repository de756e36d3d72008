namespace Trading.Tests;

/// <summary>
/// Measures bytes allocated on the test thread, allowing for the runtime's own one-off allocations (tiered JIT, lazy
/// type set-up) that can land in any pass when the machine is busy: a pass is repeated, and the code allocates per
/// call only if every pass allocated. A per-call allocation repeats in every pass, so it still fails.
/// </summary>
internal static class Allocations
{
    public const int Passes = 3;

    /// <summary>Runs <paramref name="pass"/> up to <see cref="Passes"/> times until one allocates nothing; returns each pass's bytes.</summary>
    public static long[] UntilClean(Action<int> pass)
    {
        var measured = new List<long>(Passes);
        for (var i = 0; i < Passes; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            pass(i);
            var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            measured.Add(bytes);
            if (bytes == 0)
                break;
        }
        return [.. measured];
    }

    /// <summary>Asserts that some pass allocated nothing, showing every pass's bytes otherwise.</summary>
    public static void AssertClean(long[] passes) =>
        Assert.True(passes[^1] == 0, $"allocated in every pass: {string.Join(", ", passes)} bytes");
}
