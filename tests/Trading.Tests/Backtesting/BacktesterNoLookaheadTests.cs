using SmartMarket.Trading.Backtesting;
using SmartMarket.Trading.MarketData;

namespace Trading.Tests.Backtesting;

/// <summary>
/// End to end: a decision may use only bars that have closed, and an order fills only after it. So a run over the
/// first k bars must match the full run up to bar k, and wrecking every bar after k must change nothing before it.
/// </summary>
public sealed class BacktesterNoLookaheadTests
{
    [Theory]
    [MemberData(nameof(BacktestData.Strategies), MemberType = typeof(BacktestData))]
    public void Backtest_TruncatedAfterBarK_MatchesFullRunUpToK(string strategy)
    {
        var full = BacktestData.Btc;
        var k = full.Candles.Length * 3 / 5;
        var cut = full.Candles[k].OpenTime; // first bar left out
        var truncated = new SymbolSeries(full.Symbol, full.Timeframe, full.Candles[..k]);
        var options = new BacktestOptions { Strategy = strategy };

        var whole = Backtester.Run([full], options);
        var prefix = Backtester.Run([truncated], options);

        Assert.Equal(whole.Equity.Take(k), prefix.Equity);
        Assert.Equal(whole.Trades.Where(t => t.ExitTime < cut), prefix.Trades);
    }

    [Theory]
    [MemberData(nameof(BacktestData.Strategies), MemberType = typeof(BacktestData))]
    public void Backtest_WithFutureCandlesChanged_KeepsEveryEarlierTradeAndEquityPoint(string strategy)
    {
        var full = BacktestData.Eth;
        var k = full.Candles.Length / 2;
        var changed = (Candle[])full.Candles.Clone();
        for (var i = k; i < changed.Length; i++)
        {
            // A crash after bar k: every later price halved. Valid candles, very different future.
            var c = changed[i];
            changed[i] = c with { Open = c.Open / 2, High = c.High / 2, Low = c.Low / 2, Close = c.Close / 2 };
        }
        var options = new BacktestOptions { Strategy = strategy };

        var original = Backtester.Run([full], options);
        var altered = Backtester.Run([new SymbolSeries(full.Symbol, full.Timeframe, changed)], options);

        var cut = full.Candles[k].OpenTime;
        Assert.Equal(original.Equity.Take(k), altered.Equity.Take(k));
        Assert.Equal(original.Trades.Where(t => t.ExitTime < cut), altered.Trades.Where(t => t.ExitTime < cut));
    }
}
