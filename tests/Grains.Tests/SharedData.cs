namespace Grains.Tests;

/// <summary>Finds the real exchange candles in <c>../shared/data</c> beside the repository root.</summary>
internal static class SharedData
{
    private static readonly Lazy<string> Folder = new(Locate);

    /// <summary>Full path of a file in the shared data folder, e.g. <c>Path("BTCUSDT-1h.csv")</c>.</summary>
    public static string Path(string fileName) => System.IO.Path.Combine(Folder.Value, fileName);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SmartMarket.sln")))
                return System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "data"));
        }
        throw new DirectoryNotFoundException("SmartMarket.sln not found above " + AppContext.BaseDirectory);
    }
}
