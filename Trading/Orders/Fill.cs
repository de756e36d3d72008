using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Orders;

/// <summary>One execution of (part of) an order.</summary>
/// <param name="Quantity">Base-asset quantity, greater than zero.</param>
/// <param name="Price">Execution price including slippage.</param>
/// <param name="Fee">Fee in quote currency, never negative.</param>
/// <param name="Time">UTC time of the price the fill used: the bar's open time for candle-driven fills.</param>
public sealed record Fill(
    OrderId OrderId,
    string ClientOrderId,
    Symbol Symbol,
    Side Side,
    decimal Quantity,
    decimal Price,
    decimal Fee,
    Liquidity Liquidity,
    DateTime Time)
{
    /// <summary>Quantity × price, before fees.</summary>
    public decimal Notional => Quantity * Price;
}
