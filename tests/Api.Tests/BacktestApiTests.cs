using System.Globalization;
using System.Text;
using System.Text.Json;
using SmartMarket.Api.Auth;

namespace Api.Tests;

public sealed class BacktestApiTests
{
    private const string Run = "mutation($input: RunBacktestInput!) { runBacktest(input: $input) { id state strategy } }";

    [Fact]
    public async Task RunBacktest_OverACsv_ReturnsAtOnce_ProgressStreamsToCompleted_AndTheQueryShowsTheReportsMetrics()
    {
        await using var host = await ApiHost.StartAsync();
        var alice = host.Store.CreateToken("alice", ApiRole.Trader);
        var folder = Directory.CreateTempSubdirectory("sm-bt-data-").FullName;
        var file = Path.Combine(folder, "BTCUSDT-1h.csv");
        var closes = WriteCandles(file, 600);

        var (_, started) = await host.PostAsync(alice, Run, new { input = new { strategy = "mean-reversion", dataFiles = new[] { file } } });
        var submitted = started.GetProperty("data").GetProperty("runBacktest");
        var id = submitted.GetProperty("id").GetString()!;
        Assert.Equal("mean-reversion", submitted.GetProperty("strategy").GetString());

        var (socket, _) = await GraphQLSocket.ConnectAsync(host.GraphQLUri, alice);
        await using var _ = socket;
        await socket.SubscribeAsync("bt", "subscription($id: ID!) { backtestProgress(id: $id) { state progress metrics { trades } } }", new { id });
        var progress = new List<double>();
        string? state = null;
        while (true)
        {
            var message = await socket.ReceiveAsync() ?? throw new InvalidOperationException("socket closed");
            if (message.GetProperty("type").GetString() == "complete")
                break;
            Assert.Equal("next", message.GetProperty("type").GetString());
            var update = message.GetProperty("payload").GetProperty("data").GetProperty("backtestProgress");
            progress.Add(update.GetProperty("progress").GetDouble());
            state = update.GetProperty("state").GetString();
        }
        Assert.Equal("COMPLETED", state);
        Assert.Equal(1.0, progress[^1]);
        for (var i = 1; i < progress.Count; i++)
            Assert.True(progress[i] >= progress[i - 1], $"progress went back: {string.Join(", ", progress)}");

        var (_, read) = await host.PostAsync(alice, """
            query($id: ID!) { backtest(id: $id) { state error reportPath metrics { totalReturn sharpe maxDrawdown winRate trades buyAndHoldReturn candles } }
                              backtests { id } }
            """, new { id });
        var backtest = read.GetProperty("data").GetProperty("backtest");
        Assert.True(backtest.GetProperty("metrics").ValueKind == JsonValueKind.Object, read.GetRawText());
        var metrics = backtest.GetProperty("metrics");
        Assert.Equal(600, metrics.GetProperty("candles").GetInt64());
        // The data is made here: holding BTC from the first close to the last is the benchmark.
        Assert.Equal((double)(closes[^1] / closes[0]) - 1, metrics.GetProperty("buyAndHoldReturn").GetDouble(), 6);
        Assert.Equal(id, Assert.Single(read.GetProperty("data").GetProperty("backtests").EnumerateArray()).GetProperty("id").GetString());
        var report = backtest.GetProperty("reportPath").GetString()!;
        Assert.True(File.Exists(report), report);
        Assert.Contains(Path.Combine("backtests", id), report, StringComparison.Ordinal);
        var written = JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("metrics");
        Assert.Equal(written.GetProperty("trades").GetInt32(), metrics.GetProperty("trades").GetInt32());
        Assert.Equal(written.GetProperty("total_return").GetDouble(), metrics.GetProperty("totalReturn").GetDouble(), 12);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task RunBacktest_OverTheSyntheticMarket_CompletesWithOneCandlePerMinute()
    {
        await using var host = await ApiHost.StartAsync();
        var alice = host.Store.CreateToken("alice", ApiRole.Trader);
        var (_, started) = await host.PostAsync(alice, Run, new { input = new { strategy = "mtf-trend", syntheticDays = 2 } });
        var id = started.GetProperty("data").GetProperty("runBacktest").GetProperty("id").GetString()!;

        var (socket, _) = await GraphQLSocket.ConnectAsync(host.GraphQLUri, alice);
        await using var _ = socket;
        await socket.SubscribeAsync("bt", "subscription($id: ID!) { backtestProgress(id: $id) { state error metrics { candles } } }", new { id });
        JsonElement last = default;
        while (await socket.ReceiveAsync() is { } message && message.GetProperty("type").GetString() == "next")
            last = message.GetProperty("payload").GetProperty("data").GetProperty("backtestProgress");
        Assert.Equal("COMPLETED", last.GetProperty("state").GetString());
        Assert.Equal(2 * 24 * 60, last.GetProperty("metrics").GetProperty("candles").GetInt64());
    }

    [Theory]
    [InlineData("""{"strategy":"mean-reversion","dataFiles":["/no/such/BTCUSDT-1h.csv"]}""", "input.dataFiles")]
    [InlineData("""{"strategy":"no-such-strategy","syntheticDays":1}""", "input.strategy")]
    [InlineData("""{"strategy":"mean-reversion"}""", "input.dataFiles")]
    [InlineData("""{"strategy":"mean-reversion","syntheticDays":0}""", "input.syntheticDays")]
    [InlineData("""{"strategy":"mean-reversion","syntheticDays":1,"capital":"-5"}""", "input.capital")]
    [InlineData("""{"strategy":"mean-reversion","syntheticDays":1,"syntheticSymbols":["DOGEUSDT"]}""", "input.syntheticSymbols")]
    public async Task RunBacktest_WithBadInput_IsRefusedNamingTheField_AndQueuesNothing(string input, string field)
    {
        await using var host = await ApiHost.StartAsync();
        var alice = host.Store.CreateToken("alice", ApiRole.Trader);
        var (_, body) = await host.PostAsync(alice, Run, new { input = JsonDocument.Parse(input).RootElement });
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(field, error.GetProperty("extensions").GetProperty("field").GetString());
        var (_, list) = await host.PostAsync(alice, "{ backtests { id } }");
        Assert.Equal(0, list.GetProperty("data").GetProperty("backtests").GetArrayLength());
    }

    [Fact]
    public async Task RunBacktest_WithAViewerToken_IsForbidden_AndAnotherUsersBacktestReadsAsUnknown()
    {
        await using var host = await ApiHost.StartAsync();
        var viewer = host.Store.CreateToken("victor", ApiRole.Viewer);
        var alice = host.Store.CreateToken("alice", ApiRole.Trader);
        var bob = host.Store.CreateToken("bob", ApiRole.Trader);
        var (_, refused) = await host.PostAsync(viewer, Run, new { input = new { strategy = "mtf-trend", syntheticDays = 1 } });
        Assert.Equal("FORBIDDEN", Assert.Single(refused.GetProperty("errors").EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString());

        var (_, started) = await host.PostAsync(alice, Run, new { input = new { strategy = "mtf-trend", syntheticDays = 1 } });
        var id = started.GetProperty("data").GetProperty("runBacktest").GetProperty("id").GetString();
        var (_, seen) = await host.PostAsync(bob, "query($id: ID!) { backtest(id: $id) { id } }", new { id });
        Assert.Equal("id", Assert.Single(seen.GetProperty("errors").EnumerateArray()).GetProperty("extensions").GetProperty("field").GetString());
        var (_, list) = await host.PostAsync(bob, "{ backtests { id } }");
        Assert.Equal(0, list.GetProperty("data").GetProperty("backtests").GetArrayLength());
    }

    [Fact]
    public async Task Models_ListTheConfiguredModelWithTheVersionItServes()
    {
        await using var host = await ApiHost.StartAsync();
        var viewer = host.Store.CreateToken("victor", ApiRole.Viewer);
        var (_, body) = await host.PostAsync(viewer, "{ models { name version } }");
        var model = Assert.Single(body.GetProperty("data").GetProperty("models").EnumerateArray());
        Assert.Equal("confirmation", model.GetProperty("name").GetString());
        Assert.StartsWith("confirmation:", model.GetProperty("version").GetString(), StringComparison.Ordinal);
    }

    // Hourly bars on a slow wave with a drift; returns the closes so the test can work out buy and hold itself.
    private static decimal[] WriteCandles(string path, int count)
    {
        var text = new StringBuilder("timestamp,open,high,low,close,volume\n");
        var closes = new decimal[count];
        var open = 100m;
        for (var i = 0; i < count; i++)
        {
            var close = Math.Round(100m + (decimal)(8 * Math.Sin(i / 9.0)) + i * 0.02m, 2);
            var time = ApiHost.T0.AddHours(i).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"{time},{open},{Math.Max(open, close) + 0.4m},{Math.Min(open, close) - 0.4m},{close},5\n");
            closes[i] = close;
            open = close;
        }
        File.WriteAllText(path, text.ToString());
        return closes;
    }
}
