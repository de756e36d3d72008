using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Risk;

/// <summary>An order someone wants to send, before risk checks.</summary>
/// <param name="Quantity">Unsigned base-asset quantity; the direction is <paramref name="Side"/>.</param>
/// <param name="Price">Expected fill price, used to value the position.</param>
/// <param name="Stop">Protective stop for the added exposure; null when none, in which case the whole notional counts as risk.</param>
/// <param name="Lot">Quantity step a reduced quantity is rounded down to.</param>
public readonly record struct OrderProposal(Symbol Symbol, Side Side, decimal Quantity, decimal Price, decimal? Stop = null, LotSize Lot = default)
{
    /// <summary>Money lost per unit if the stop is hit; the whole price when there is no stop.</summary>
    public decimal RiskPerUnit => Stop is { } stop ? Math.Abs(Price - stop) : Price;

    internal void Validate()
    {
        if (Symbol.Ticker is null)
            throw new ArgumentException("proposal symbol is not set", nameof(Symbol));
        if (Side is not (Side.Buy or Side.Sell))
            throw new ArgumentOutOfRangeException(nameof(Side), Side, "side must be Buy or Sell");
        if (Quantity <= 0m)
            throw new ArgumentOutOfRangeException(nameof(Quantity), Quantity, "proposed quantity must be positive");
        if (Price <= 0m)
            throw new ArgumentOutOfRangeException(nameof(Price), Price, "proposed price must be positive");
        if (Stop is { } s && (Side == Side.Buy ? s >= Price || s < 0m : s <= Price))
            throw new ArgumentOutOfRangeException(nameof(Stop), s, $"stop must be {(Side == Side.Buy ? "below" : "above")} the price {Price} for a {Side} order");
    }
}
