namespace Benchmarks.Quick;

/// <summary>Runs quick suites by name and writes their results under bench-results/ in the current folder.</summary>
public static class QuickRunner
{
    /// <summary>Every suite with a quick mode; add new ones here.</summary>
    private static readonly IQuickSuite[] Suites =
    [
        new RuntimeQuickSuite(),
        new GraphQLQuickSuite(),
        new BacktestQuickSuite(), new PipelineQuickSuite(),
    ];

    public static async Task<int> RunAsync(string[] names)
    {
        if (names.Length == 0)
        {
            Console.Error.WriteLine("usage: --quick <suite>... where suite is one of: " + string.Join(", ", Suites.Select(s => s.Name)));
            return 2;
        }
        foreach (var name in names)
        {
            var suite = Suites.FirstOrDefault(s => s.Name == name);
            if (suite is null)
            {
                Console.Error.WriteLine($"unknown quick suite '{name}'; known: {string.Join(", ", Suites.Select(s => s.Name))}");
                return 2;
            }
            var report = await suite.RunAsync(CancellationToken.None);
            report.Print(Console.Out);
            var folder = Path.Combine(Directory.GetCurrentDirectory(), "bench-results");
            await report.WriteAsync(folder);
            Console.WriteLine($"wrote {Path.Combine(folder, suite.Name + ".json")}");
        }
        return 0;
    }
}
