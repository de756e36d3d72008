namespace AppHost.Tests;

/// <summary>
/// Renders report.html in headless Chromium (Debian package <c>chromium</c>) and checks the screenshot and the DOM.
/// Fails, rather than skips, when Chromium is missing: CI must install it.
/// </summary>
public sealed class ReportScreenshotTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public void ReportHtml_InHeadlessChromium_RendersChartsToANonTrivialScreenshot()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: apt-get install -y chromium");
        using var folder = new TempFolder();
        var run = CommandRun.AppHost(
            "backtest", "--data", RepoPaths.Data("BTCUSDT-1h.csv"), "--strategy", "smc-order-block", "--out", folder.Path);
        Assert.True(run.ExitCode == 0, run.Error);
        var html = folder.File("report.html");
        var png = Path.Combine(RepoPaths.Root, "tests", "AppHost.Tests", "bin", "report-screenshot.png");
        File.Delete(png);

        var shot = CommandRun.Start(Chromium, [.. Flags(folder.File("profile-shot")), $"--screenshot={png}", "--window-size=1400,1000", "file://" + html]);
        var dom = CommandRun.Start(Chromium, [.. Flags(folder.File("profile-dom")), "--dump-dom", "file://" + html]);

        Assert.True(File.Exists(png), "no screenshot: " + shot.Error);
        var bytes = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        Assert.True(bytes.Length > 30_000, $"screenshot is only {bytes.Length} bytes");
        Assert.Contains("<svg id=\"equity-chart\"", dom.Output);
        Assert.Matches("<svg id=\"equity-chart\"[^>]*>.*<path class=\"line\" stroke=\"#2563eb\" d=\"M[0-9.]+,[0-9.]+L", dom.Output);
        Assert.Contains("<svg id=\"drawdown-chart\"", dom.Output);
        Assert.Contains("<table id=\"trades\"", dom.Output);
    }

    private static string[] Flags(string profile) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}",
    ];
}
