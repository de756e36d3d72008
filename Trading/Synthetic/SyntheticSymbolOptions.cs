namespace SmartMarket.Trading.Synthetic;

/// <summary>One symbol of the synthetic market: where its price starts, how it is quoted and how it moves.</summary>
public sealed class SyntheticSymbolOptions
{
    /// <summary>Ticker, such as BTCUSDT (A-Z, 0-9 and '-').</summary>
    public string Ticker { get; set; } = "";

    /// <summary>Price at <see cref="SyntheticMarketOptions.Start"/>, in the quote currency.</summary>
    public decimal StartPrice { get; set; }

    /// <summary>Price increment: every generated price is a whole multiple of it.</summary>
    public decimal TickSize { get; set; }

    /// <summary>Quantity increment: every generated trade size and volume is a whole multiple of it.</summary>
    public decimal QuantityStep { get; set; }

    /// <summary>Long-run annualised volatility of log returns (0.6 = 60 %); sets the GARCH constant.</summary>
    public double AnnualVolatility { get; set; }

    /// <summary>GARCH(1,1) weight of the last squared shock; at least 0.</summary>
    public double GarchAlpha { get; set; } = 0.06;

    /// <summary>GARCH(1,1) weight of the last variance; at least 0, and alpha + beta below 1.</summary>
    public double GarchBeta { get; set; } = 0.93;

    /// <summary>Average traded volume per minute, in the base asset.</summary>
    public decimal MeanVolumePerMinute { get; set; }
}
