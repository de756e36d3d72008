using SmartMarket.Trading.Backtesting;

namespace Trading.Tests.Backtesting;

public sealed class BacktesterRealDataTests
{
    public static TheoryData<string, string> StrategyAndSymbol()
    {
        var data = new TheoryData<string, string>();
        foreach (var strategy in new[] { "smc-order-block", "daily-ohlc-zone", "mtf-trend", "mean-reversion" })
        {
            data.Add(strategy, "BTCUSDT");
            data.Add(strategy, "ETHUSDT");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(StrategyAndSymbol))]
    public void Backtest_OnRealHourlyCandles_RunsToCompletionWithConsistentBooks(string strategy, string ticker)
    {
        var series = BacktestData.Real(ticker);
        var result = Backtester.Run([series], new BacktestOptions { Strategy = strategy });

        Assert.Equal(series.Candles.Length, result.Candles);
        Assert.Equal(series.Candles.Length, result.Equity.Count);
        // Equity identity, recomputed from the books and the last close rather than read from the ledger.
        var last = series.Candles[^1].Close;
        var open = 0m;
        foreach (var p in result.Ledger.Positions)
            open += p.Quantity * last;
        Assert.Equal(result.Ledger.Cash + open, result.FinalEquity);
        Assert.Equal(result.FinalEquity, result.Equity[^1].Equity);
        Assert.Equal(10_000m, result.Ledger.NetDeposits);
        Assert.Equal((double)(result.FinalEquity / 10_000m) - 1d, result.Performance.TotalReturn, 12);
        // Every closed trade's profit plus what is still open adds up to the change in equity.
        var closed = 0m;
        foreach (var t in result.Trades)
            closed += t.NetProfit;
        var unrealizedAndOpenFees = result.FinalEquity - 10_000m - closed;
        if (result.Symbols[0].OpenQuantity == 0m)
            Assert.True(Math.Abs(unrealizedAndOpenFees) < 0.01m, $"closed trades sum to {closed}, equity moved {result.FinalEquity - 10_000m}");
        Assert.Equal(double.IsNaN(result.Performance.WinRate), result.Trades.Count == 0);
        Assert.InRange(result.Performance.MaxDrawdown, 0d, 1d);
        var buyAndHold = (double)(series.Candles[^1].Close / series.Candles[0].Close) - 1d;
        Assert.Equal(buyAndHold, result.Performance.BenchmarkReturn, 12);
    }

    [Fact]
    public void Backtest_OfEveryStrategyOnRealCandles_TradesForAtLeastTwoStrategies()
    {
        var trading = 0;
        foreach (var strategy in new[] { "smc-order-block", "daily-ohlc-zone", "mtf-trend", "mean-reversion" })
        {
            var result = Backtester.Run([BacktestData.Btc, BacktestData.Eth], new BacktestOptions { Strategy = strategy });
            Assert.Equal(2, result.Symbols.Count);
            if (result.Trades.Count > 0)
                trading++;
        }
        Assert.True(trading >= 2, $"only {trading} strategies traded");
    }

    [Fact]
    public void Backtest_OfTwoSymbols_MergesBothIntoOneCurveAndBuyAndHoldIsTheirMean()
    {
        var result = Backtester.Run([BacktestData.Btc, BacktestData.Eth], new BacktestOptions { Strategy = "mean-reversion" });

        var btc = BacktestData.Btc.Candles;
        var eth = BacktestData.Eth.Candles;
        var closes = new HashSet<DateTime>();
        foreach (var c in btc)
            closes.Add(c.OpenTime.AddHours(1));
        foreach (var c in eth)
            closes.Add(c.OpenTime.AddHours(1));
        Assert.Equal(closes.Count, result.Equity.Count);
        for (var i = 1; i < result.Equity.Count; i++)
            Assert.True(result.Equity[i].Time > result.Equity[i - 1].Time);
        var expected = ((double)(btc[^1].Close / btc[0].Close) - 1 + (double)(eth[^1].Close / eth[0].Close) - 1) / 2;
        Assert.Equal(expected, result.Performance.BenchmarkReturn, 12);
    }
}
