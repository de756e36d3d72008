namespace SmartMarket.Trading.Execution;

/// <summary>The volatility measure that the simulator's slippage scales with.</summary>
public enum SlippageVolatility
{
    /// <summary>The filling bar's high minus low.</summary>
    CandleRange = 1,

    /// <summary>Wilder's average true range over the bars before the filling bar.</summary>
    Atr = 2,
}
