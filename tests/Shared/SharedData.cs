namespace SmartMarket.Testing;

/// <summary>
/// Finds the repository root (the folder holding SmartMarket.sln, above the test's bin folder) and the real exchange
/// candles in <c>../shared/data</c> beside it. Compiled into each test project that needs it (linked, not copied).
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string> Root = new(Locate);

    /// <summary>The folder holding SmartMarket.sln.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>Full path of a file in the shared data folder, e.g. <c>Path("BTCUSDT-1h.csv")</c>.</summary>
    public static string Path(string fileName) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(Root.Value, "..", "shared", "data", fileName));

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SmartMarket.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException("SmartMarket.sln not found above " + AppContext.BaseDirectory);
    }
}
