namespace Grains.Tests;

public sealed class DurationRunTests : IDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "sm-duration-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Run_WithDuration_ShowsSignalsAndAFillAndStopsByItself()
    {
        using var host = AppHostProcess.Start(_dataDir, "--duration", "30");

        var exit = await host.WaitForExitAsync(TimeSpan.FromSeconds(120));

        Assert.True(exit == 0, $"the AppHost exited with {exit}:\n{host.Output}");
        var last = host.Lines.Last(l => l.StartsWith("t=", StringComparison.Ordinal));
        Assert.True(AppHostProcess.Counter(last, "signals") > 0, last);
        Assert.True(AppHostProcess.Counter(last, "fills") > 0, last);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDir))
            Directory.Delete(_dataDir, recursive: true);
    }
}
