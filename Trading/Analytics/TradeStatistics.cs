namespace SmartMarket.Trading.Analytics;

/// <summary>
/// Running statistics of closed trades, O(1) per trade. A trade wins when its net profit is positive and loses
/// when negative; break-even trades count in <see cref="Count"/> only.
/// </summary>
public sealed class TradeStatistics
{
    /// <summary>Closed trades seen.</summary>
    public int Count { get; private set; }

    /// <summary>Trades with positive net profit.</summary>
    public int Wins { get; private set; }

    /// <summary>Trades with negative net profit.</summary>
    public int Losses { get; private set; }

    /// <summary>Sum of winning trades' net profit.</summary>
    public decimal GrossProfit { get; private set; }

    /// <summary>Sum of losing trades' net loss, as a positive number.</summary>
    public decimal GrossLoss { get; private set; }

    /// <summary>GrossProfit − GrossLoss.</summary>
    public decimal NetProfit => GrossProfit - GrossLoss;

    /// <summary>Wins / Count; NaN with no trades.</summary>
    public double WinRate => Count == 0 ? double.NaN : (double)Wins / Count;

    /// <summary>GrossProfit / GrossLoss; +∞ with profits and no losses, NaN with neither.</summary>
    public double ProfitFactor => GrossLoss == 0m ? (GrossProfit > 0m ? double.PositiveInfinity : double.NaN) : (double)(GrossProfit / GrossLoss);

    /// <summary>Average net profit per trade in money; 0 with no trades.</summary>
    public decimal Expectancy => Count == 0 ? 0m : NetProfit / Count;

    /// <summary>Average win / average loss, the payoff ratio a <c>KellySizer</c> takes; NaN without both wins and losses.</summary>
    public double PayoffRatio => Wins == 0 || Losses == 0 ? double.NaN : (double)(GrossProfit / Wins / (GrossLoss / Losses));

    /// <summary>Adds one closed trade.</summary>
    public void Add(ClosedTrade trade)
    {
        ArgumentNullException.ThrowIfNull(trade);
        var profit = trade.NetProfit;
        Count++;
        if (profit > 0m)
        {
            Wins++;
            GrossProfit += profit;
        }
        else if (profit < 0m)
        {
            Losses++;
            GrossLoss -= profit;
        }
    }
}
