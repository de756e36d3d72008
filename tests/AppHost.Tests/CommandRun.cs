using System.Diagnostics;

namespace AppHost.Tests;

/// <summary>Runs a program to completion and keeps its exit code and output.</summary>
internal sealed record CommandRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs <c>dotnet SmartMarket.AppHost.dll</c> with <paramref name="args"/>.</summary>
    public static CommandRun AppHost(params string[] args) => Start("dotnet", [RepoPaths.AppHostDll, .. args]);

    public static CommandRun Start(string program, IEnumerable<string> args, int timeoutMs = 180_000)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutMs))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in {timeoutMs} ms");
        }
        return new CommandRun(process.ExitCode, output.Result, error.Result);
    }
}
