using SmartMarket.Trading.Backtesting;
using SmartMarket.Trading.Backtesting.Reports;

namespace Trading.Tests.Backtesting;

public sealed class BacktesterDeterminismTests
{
    [Theory]
    [MemberData(nameof(BacktestData.Strategies), MemberType = typeof(BacktestData))]
    public void Backtest_RunTwice_GivesIdenticalTradesCurveAndReport(string strategy)
    {
        var options = new BacktestOptions { Strategy = strategy };
        var first = Backtester.Run([BacktestData.Btc, BacktestData.Eth], options);
        var second = Backtester.Run([BacktestData.Btc, BacktestData.Eth], options);

        Assert.Equal(first.Trades, second.Trades);
        Assert.Equal(first.Equity, second.Equity);
        Assert.Equal(first.Ledger, second.Ledger);
        Assert.Equal(Json(first), Json(second));
    }

    private static string Json(BacktestResult result)
    {
        using var stream = new MemoryStream();
        BacktestJsonReport.Write(result, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
