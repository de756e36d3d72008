namespace AppHost.Tests;

/// <summary>Where the repository, the built AppHost and the shared candle files are.</summary>
internal static class RepoPaths
{
    public static string Root => SharedData.RepositoryRoot;

    /// <summary>A file of the shared real data, e.g. <c>Data("BTCUSDT-1h.csv")</c>.</summary>
    public static string Data(string fileName) => SharedData.Path(fileName);

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
