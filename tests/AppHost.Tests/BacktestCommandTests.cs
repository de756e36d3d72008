using System.Text.Json;

namespace AppHost.Tests;

public sealed class BacktestCommandTests
{
    [Fact]
    public void Backtest_WithTwoRealFiles_ExitsZeroWritesReportsAndPrintsSummary()
    {
        using var folder = new TempFolder();
        var run = CommandRun.AppHost(
            "backtest", "--data", RepoPaths.Data("BTCUSDT-1h.csv"), RepoPaths.Data("ETHUSDT-1h.csv"), "--strategy", "mean-reversion",
            "--out", folder.Path, "--from", "2023-01-01", "--to", "2023-07-01", "--capital", "25000", "--fee-bps", "5", "--slippage-bps", "2");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Total return", run.Output);
        Assert.Contains("Buy & hold return", run.Output);
        using var json = JsonDocument.Parse(File.ReadAllText(folder.File("report.json")));
        var metrics = json.RootElement.GetProperty("metrics");
        foreach (var key in new[] { "total_return", "sharpe", "max_drawdown", "win_rate", "trades", "buy_and_hold_return", "ambiguous_exits" })
            Assert.True(metrics.TryGetProperty(key, out _), $"metrics.{key} missing");
        var run0 = json.RootElement.GetProperty("run");
        Assert.Equal(25000m, run0.GetProperty("capital").GetDecimal());
        Assert.Equal(0.0005m, run0.GetProperty("taker_fee_rate").GetDecimal());
        Assert.Equal("2023-01-01T01:00:00Z", run0.GetProperty("start").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("symbols").GetArrayLength());
        Assert.Contains("<svg", File.ReadAllText(folder.File("report.html")));
    }

    [Theory]
    [InlineData("--strategy", "nope", "--strategy", "smc-order-block, daily-ohlc-zone, mtf-trend, mean-reversion")]
    [InlineData("--capital", "-5", "--capital", "out of range")]
    [InlineData("--capital", "lots", "--capital", "not a number")]
    [InlineData("--from", "yesterday", "--from", "not a UTC date")]
    [InlineData("--param", "Nonsense=3", "--param", "Nonsense")]
    [InlineData("--param", "RsiPeriod=abc", "--param", "RsiPeriod")]
    [InlineData("--timeframe", "7m", "--timeframe", "7m")]
    [InlineData("--fee-bps", "-1", "--fee-bps", "out of range")]
    [InlineData("--bogus", "1", "--bogus", "unknown option")]
    public void Backtest_WithBadOption_ExitsTwoNamingTheOption(string option, string value, string named, string problem)
    {
        using var folder = new TempFolder();
        var args = new List<string> { "backtest", "--data", RepoPaths.Data("BTCUSDT-1h.csv"), "--out", folder.Path };
        if (option != "--strategy")
            args.AddRange(["--strategy", "mean-reversion"]);
        args.AddRange([option, value]);

        var run = CommandRun.AppHost([.. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, run.Error);
        Assert.Contains(problem, run.Error);
        Assert.False(File.Exists(folder.File("report.json")));
    }

    [Fact]
    public void Backtest_WithMalformedCsv_ExitsTwoShowingFileLineAndReason()
    {
        using var folder = new TempFolder();
        var csv = folder.File("BTCUSDT-1h.csv");
        File.WriteAllLines(csv,
        [
            "timestamp,open,high,low,close,volume",
            "2024-01-01T00:00:00Z,100,110,90,105,10",
            "2024-01-01T01:00:00Z,105,100,108,104,10",
        ]);

        var run = CommandRun.AppHost("backtest", "--data", csv, "--strategy", "mean-reversion", "--out", folder.File("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--data", run.Error);
        Assert.Contains("BTCUSDT-1h.csv:3", run.Error);
        Assert.Contains("high", run.Error);
    }

    [Fact]
    public void Backtest_WithMissingFileOrNoData_ExitsTwo()
    {
        using var folder = new TempFolder();
        var missing = CommandRun.AppHost("backtest", "--data", folder.File("ABC-1h.csv"), "--strategy", "mean-reversion", "--out", folder.Path);
        var none = CommandRun.AppHost("backtest", "--strategy", "mean-reversion", "--out", folder.Path);

        Assert.Equal((2, 2), (missing.ExitCode, none.ExitCode));
        Assert.Contains("not found", missing.Error);
        Assert.Contains("--data: required", none.Error);
    }
}
