using System.Diagnostics;

namespace Benchmarks.GraphQL;

/// <summary>graphql-js behind graphql-http's Node handler (tests/GraphQL.Conformance/bench-server.mjs), the reference the HTTP figure is compared with.</summary>
public sealed class NodeReferenceServer : IDisposable
{
    private readonly Process _process;

    private NodeReferenceServer(Process process, Uri uri)
    {
        _process = process;
        GraphQLUri = uri;
    }

    public Uri GraphQLUri { get; }

    /// <summary>The folder of the Node packages, or null when <c>npm ci</c> has not been run there.</summary>
    public static string? FindPackages()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "GraphQL.Conformance");
            if (Directory.Exists(Path.Combine(candidate, "node_modules", "graphql-http")))
                return candidate;
        }

        return null;
    }

    public static async Task<NodeReferenceServer> StartAsync(string packages, string sdl)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = packages, RedirectStandardOutput = true, RedirectStandardInput = true };
        start.ArgumentList.Add("bench-server.mjs");
        start.ArgumentList.Add(sdl);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        // The script prints the URL it listens on once ready.
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("node bench-server.mjs exited before listening");
        return new NodeReferenceServer(process, new Uri(line.Trim()));
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
