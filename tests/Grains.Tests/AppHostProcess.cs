using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Grains.Tests;

/// <summary>The AppHost started as a child process on a data folder, with its plain one-line-per-second output collected.</summary>
internal sealed class AppHostProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly SemaphoreSlim _lineArrived = new(0);

    private AppHostProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
                return;
            lock (_lines)
                _lines.Add(e.Data);
            _lineArrived.Release();
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
                lock (_lines)
                    _lines.Add("stderr: " + e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Starts the AppHost on <paramref name="dataDir"/>, serving on a port no other process holds.</summary>
    public static AppHostProcess Start(string dataDir, params string[] extra)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(AppHostDll());
        info.ArgumentList.Add("--data-dir");
        info.ArgumentList.Add(dataDir);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add("http://127.0.0.1:" + port);
        foreach (var a in extra)
            info.ArgumentList.Add(a);
        return new AppHostProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start the AppHost"));
    }

    /// <summary>The output so far, one line each, for assertion messages.</summary>
    public string Output => string.Join('\n', Lines);

    // The OS hands out a port no one holds; released at once, it stays free for the child in practice (tests running
    // side by side, two checkouts, no longer meet on a fixed port).
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public string[] Lines
    {
        get
        {
            lock (_lines)
                return [.. _lines];
        }
    }

    /// <summary>Waits (bounded by <paramref name="timeout"/>) for an output line that satisfies <paramref name="condition"/>.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> condition, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var seen = 0;
        while (true)
        {
            var lines = Lines;
            for (; seen < lines.Length; seen++)
            {
                if (condition(lines[seen]))
                    return lines[seen];
            }
            if (_process.HasExited && seen == Lines.Length)
                throw new InvalidOperationException("the AppHost exited early:\n" + string.Join('\n', Lines));
            try
            {
                await _lineArrived.WaitAsync(TimeSpan.FromSeconds(1), cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException("no matching line within " + timeout + ":\n" + string.Join('\n', Lines));
            }
        }
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            Kill();
        _process.Dispose();
    }

    /// <summary>Counter <paramref name="name"/> of a plain status line ("fills=12"), or -1 when the line has none.</summary>
    public static long Counter(string line, string name)
    {
        foreach (var part in line.Split(' '))
        {
            if (part.StartsWith(name + "=", StringComparison.Ordinal) && long.TryParse(part.AsSpan(name.Length + 1), out var v))
                return v;
        }
        return -1;
    }

    private static string AppHostDll()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SmartMarket.sln")))
            dir = dir.Parent;
        if (dir is null)
            throw new InvalidOperationException("cannot find the repository root above " + AppContext.BaseDirectory);
        // The test's own output folder is .../bin/<Configuration>/<tfm>/; the AppHost is built with the same ones.
        var tfm = new DirectoryInfo(AppContext.BaseDirectory).Name;
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var dll = Path.Combine(dir.FullName, "AppHost", "bin", configuration, tfm, "SmartMarket.AppHost.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("build the AppHost first", dll);
    }
}
