using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Analytics;

/// <summary>
/// A round trip as analytics sees it: opened at one price, closed at another. The ledger or the backtester
/// builds these from its own fills; <see cref="NetProfit"/> is (exit − entry) × quantity in the trade's
/// direction, less fees.
/// </summary>
public sealed record ClosedTrade
{
    /// <param name="side">Buy for a long round trip, Sell for a short.</param>
    /// <param name="quantity">Unsigned base-asset quantity, positive.</param>
    /// <param name="fees">All fees paid on entry and exit, non-negative, in the quote currency.</param>
    public ClosedTrade(Symbol symbol, Side side, DateTime entryTime, decimal entryPrice, DateTime exitTime, decimal exitPrice, decimal quantity, decimal fees = 0m)
    {
        if (symbol.Ticker is null)
            throw new ArgumentException("trade symbol is not set", nameof(symbol));
        if (side is not (Side.Buy or Side.Sell))
            throw new ArgumentOutOfRangeException(nameof(side), side, "side must be Buy or Sell");
        if (entryTime.Kind != DateTimeKind.Utc)
            throw new ArgumentException($"entry time {entryTime:O} must be UTC (Kind={entryTime.Kind})", nameof(entryTime));
        if (exitTime.Kind != DateTimeKind.Utc)
            throw new ArgumentException($"exit time {exitTime:O} must be UTC (Kind={exitTime.Kind})", nameof(exitTime));
        if (exitTime < entryTime)
            throw new ArgumentException($"exit time {exitTime:O} is before entry time {entryTime:O}", nameof(exitTime));
        if (entryPrice <= 0m)
            throw new ArgumentOutOfRangeException(nameof(entryPrice), entryPrice, "entry price must be positive");
        if (exitPrice <= 0m)
            throw new ArgumentOutOfRangeException(nameof(exitPrice), exitPrice, "exit price must be positive");
        if (quantity <= 0m)
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "quantity must be positive");
        if (fees < 0m)
            throw new ArgumentOutOfRangeException(nameof(fees), fees, "fees must not be negative");
        Symbol = symbol;
        Side = side;
        EntryTime = entryTime;
        EntryPrice = entryPrice;
        ExitTime = exitTime;
        ExitPrice = exitPrice;
        Quantity = quantity;
        Fees = fees;
    }

    /// <summary>The traded market.</summary>
    public Symbol Symbol { get; }

    /// <summary>Buy for a long round trip, Sell for a short.</summary>
    public Side Side { get; }

    /// <summary>UTC time the position was opened.</summary>
    public DateTime EntryTime { get; }

    /// <summary>Average entry fill price.</summary>
    public decimal EntryPrice { get; }

    /// <summary>UTC time the position was closed; not before <see cref="EntryTime"/>.</summary>
    public DateTime ExitTime { get; }

    /// <summary>Average exit fill price.</summary>
    public decimal ExitPrice { get; }

    /// <summary>Unsigned base-asset quantity.</summary>
    public decimal Quantity { get; }

    /// <summary>Entry and exit fees in the quote currency.</summary>
    public decimal Fees { get; }

    /// <summary>Profit after fees in the quote currency; negative for a loss.</summary>
    public decimal NetProfit => (int)Side * (ExitPrice - EntryPrice) * Quantity - Fees;
}
