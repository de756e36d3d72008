using System.Diagnostics;

namespace GraphQL.AspNetCore.Tests;

/// <summary>Runs the Node scripts of tests/GraphQL.Conformance, failing clearly when Node or its packages are missing.</summary>
public static class NodeRunner
{
    public static string ConformanceFolder { get; } = Path.Combine(FindRepositoryRoot(), "tests", "GraphQL.Conformance");

    public static async Task<string> RunAsync(string script, TimeSpan timeout, params string[] arguments)
    {
        if (!Directory.Exists(Path.Combine(ConformanceFolder, "node_modules", "graphql-http")))
            throw new InvalidOperationException($"The Node packages of the conformance tests are missing: run `npm ci --prefix tests/GraphQL.Conformance` (looked in {ConformanceFolder}).");
        var start = new ProcessStartInfo("node") { WorkingDirectory = ConformanceFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node; is Node.js installed and on PATH?");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within {timeout.TotalSeconds} s.");
        }

        if (process.ExitCode != 0)
            throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {await error}\n{await output}");
        return await output;
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SmartMarket.sln")))
                return folder.FullName;
        }

        throw new InvalidOperationException("Could not find the repository root (SmartMarket.sln) above " + AppContext.BaseDirectory);
    }
}
