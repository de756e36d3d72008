namespace SmartMarket.Trading.Smc;

/// <summary>Direction of a trend, a structure break, an order block or a fair value gap.</summary>
public enum Bias
{
    /// <summary>Down: lower lows, or a structure that supports selling.</summary>
    Bearish = -1,

    /// <summary>No direction established yet.</summary>
    None = 0,

    /// <summary>Up: higher highs, or a structure that supports buying.</summary>
    Bullish = 1,
}
