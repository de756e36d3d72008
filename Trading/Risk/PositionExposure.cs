using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Risk;

/// <summary>One open position as risk sees it.</summary>
/// <param name="Quantity">Signed base-asset quantity: positive long, negative short.</param>
/// <param name="MarkPrice">Current price used to value it; positive.</param>
/// <param name="Stop">Its protective stop, or null when it has none (then its whole notional counts as open risk).</param>
public readonly record struct PositionExposure(Symbol Symbol, decimal Quantity, decimal MarkPrice, decimal? Stop = null)
{
    /// <summary>Absolute value of the position at the mark price.</summary>
    public decimal Notional => Math.Abs(Quantity) * MarkPrice;

    /// <summary>Signed value at the mark price: positive long, negative short.</summary>
    public decimal SignedValue => Quantity * MarkPrice;

    /// <summary>
    /// Money lost from the mark if the stop is hit; 0 when the stop already locks in a gain relative to the mark
    /// (a long's stop at or above the mark), the whole notional when there is no stop.
    /// </summary>
    public decimal OpenRisk
    {
        get
        {
            if (Stop is not { } stop)
                return Notional;
            var perUnit = Quantity > 0m ? MarkPrice - stop : stop - MarkPrice;
            return perUnit > 0m ? perUnit * Math.Abs(Quantity) : 0m;
        }
    }
}
