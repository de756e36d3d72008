using System.Text.Json;
using SmartMarket.Trading.Backtesting;
using SmartMarket.Trading.Backtesting.Reports;

namespace Trading.Tests.Backtesting;

public sealed class BacktestJsonReportTests
{
    [Fact]
    public void Write_PutsTheRequiredMetricsAndTradesInReportJson()
    {
        var result = Backtester.Run([BacktestData.Btc, BacktestData.Eth], new BacktestOptions { Strategy = "daily-ohlc-zone" });
        using var stream = new MemoryStream();

        BacktestJsonReport.Write(result, stream);

        using var json = JsonDocument.Parse(stream.ToArray());
        var metrics = json.RootElement.GetProperty("metrics");
        var p = result.Performance;
        Assert.Equal(p.TotalReturn, metrics.GetProperty("total_return").GetDouble(), 12);
        Assert.Equal(p.Sharpe, metrics.GetProperty("sharpe").GetDouble(), 12);
        Assert.Equal(p.MaxDrawdown, metrics.GetProperty("max_drawdown").GetDouble(), 12);
        Assert.Equal(p.WinRate, metrics.GetProperty("win_rate").GetDouble(), 12);
        Assert.Equal(result.Trades.Count, metrics.GetProperty("trades").GetInt32());
        Assert.Equal(p.BenchmarkReturn, metrics.GetProperty("buy_and_hold_return").GetDouble(), 12);
        Assert.Equal(result.AmbiguousExits, metrics.GetProperty("ambiguous_exits").GetInt64());
        Assert.Equal(result.FinalEquity, metrics.GetProperty("end_equity").GetDecimal());
        var trades = json.RootElement.GetProperty("trades");
        Assert.Equal(result.Trades.Count, trades.GetArrayLength());
        Assert.Equal(result.Trades[0].NetProfit, trades[0].GetProperty("net_profit").GetDecimal());
        var curve = json.RootElement.GetProperty("equity_curve");
        Assert.Equal(BacktestJsonReport.MaxCurvePoints, curve.GetArrayLength());
        Assert.Equal(result.Equity[^1].Equity, curve[curve.GetArrayLength() - 1].GetProperty("equity").GetDecimal());
        Assert.Equal(2, json.RootElement.GetProperty("symbols").GetArrayLength());
    }

    [Fact]
    public void Write_WithNoTrades_WritesUndefinedRatiosAsNull()
    {
        var options = new BacktestOptions { Strategy = "smc-order-block", To = new DateTime(2021, 4, 6, 0, 0, 0, DateTimeKind.Utc) };
        var result = Backtester.Run([BacktestData.Btc], options);
        using var stream = new MemoryStream();

        BacktestJsonReport.Write(result, stream);

        using var json = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(0, json.RootElement.GetProperty("metrics").GetProperty("trades").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("metrics").GetProperty("win_rate").ValueKind);
    }
}
