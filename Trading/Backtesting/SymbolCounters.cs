using SmartMarket.Trading.Analytics;
using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Backtesting;

/// <summary>Running figures of one symbol during a backtest.</summary>
internal sealed class SymbolCounters(decimal firstClose)
{
    private readonly double _firstClose = (double)firstClose;

    public decimal LastClose = firstClose;
    public decimal? Stop;
    public long Candles;
    public int Signals;
    public int Orders;
    public int RiskRejections;
    public int Skipped;

    /// <summary>Last close over first close: what one unit of money held in this symbol has become.</summary>
    public double Growth => (double)LastClose / _firstClose;

    public SymbolResult ToResult(SymbolSeries series, IReadOnlyList<ClosedTrade> trades, decimal openQuantity, double buyAndHold)
    {
        int count = 0, wins = 0;
        var profit = 0m;
        foreach (var trade in trades)
        {
            if (trade.Symbol != series.Symbol)
                continue;
            count++;
            var net = trade.NetProfit;
            profit += net;
            if (net > 0m)
                wins++;
        }
        var last = series.Candles[^1];
        return new SymbolResult(
            series.Symbol, series.Timeframe, series.Candles[0].OpenTime, last.OpenTime + series.Timeframe.Duration(), Candles,
            Signals, Orders, RiskRejections, Skipped, count, wins, profit, openQuantity, buyAndHold);
    }
}
