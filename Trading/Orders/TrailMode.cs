namespace SmartMarket.Trading.Orders;

/// <summary>How a trailing stop's distance from the best price is measured.</summary>
public enum TrailMode
{
    /// <summary>A fixed price distance in quote currency.</summary>
    Amount = 1,

    /// <summary>A percentage of the best price (1.5 means 1.5 %).</summary>
    Percent = 2,
}
