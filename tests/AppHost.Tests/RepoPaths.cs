namespace AppHost.Tests;

/// <summary>Where the repository, the built AppHost and the shared candle files are.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SmartMarket.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException("SmartMarket.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootFolder.Value;

    /// <summary>A file of the shared real data, e.g. <c>Data("BTCUSDT-1h.csv")</c>.</summary>
    public static string Data(string fileName) => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", fileName));

    /// <summary>The AppHost assembly built in the same configuration as these tests.</summary>
    public static string AppHostDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                ? "Release" : "Debug";
            var path = Path.Combine(Root, "AppHost", "bin", configuration, "net10.0", "SmartMarket.AppHost.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("build AppHost first", path);
        }
    }
}
