namespace SmartMarket.Trading.Orders;

/// <summary>An order's part in a bracket.</summary>
public enum BracketRole
{
    None = 0,

    /// <summary>The entry that carries a <see cref="BracketSpec"/>.</summary>
    Entry = 1,

    /// <summary>The protective stop leg placed when the entry fills.</summary>
    StopLoss = 2,

    /// <summary>The take-profit limit leg placed when the entry fills.</summary>
    TakeProfit = 3,
}
