using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Portfolio;

/// <summary>
/// A ledger's holding in one symbol. <see cref="Quantity"/> is signed (negative = short) and <see cref="CostBasis"/>
/// is the signed sum of quantity × price of what is still open, so a long's basis is positive and a short's negative.
/// Unrealized P&amp;L is <c>Quantity × MarkPrice − CostBasis</c> for both.
/// </summary>
public sealed class Position
{
    // Reducing a position releases a pro-rata share of its basis; rounding that share keeps every later sum
    // exact in decimal (a raw quotient carries 28 digits). Rounding only moves value between realized and
    // unrealized P&L, never changes their total.
    private const int BasisDecimals = 12;

    internal Position(Symbol symbol) => Symbol = symbol;

    public Symbol Symbol { get; }

    public decimal Quantity { get; private set; }

    public decimal CostBasis { get; private set; }

    /// <summary>Average entry price of the open quantity; 0 when flat.</summary>
    public decimal AverageEntryPrice => Quantity == 0m ? 0m : CostBasis / Quantity;

    /// <summary>The last mark, or the last fill price if none came after it.</summary>
    public decimal MarkPrice { get; internal set; }

    /// <summary>Quantity × mark: an asset for a long, a liability for a short.</summary>
    public decimal MarketValue => Quantity * MarkPrice;

    public decimal UnrealizedPnl => Quantity == 0m ? 0m : Quantity * MarkPrice - CostBasis;

    /// <summary>P&amp;L locked in by reducing, closing or flipping, before fees.</summary>
    public decimal RealizedPnl { get; private set; }

    public decimal Fees { get; private set; }

    public bool IsFlat => Quantity == 0m;

    /// <summary>Books a trade of signed quantity <paramref name="signed"/>; returns the cash it moves (before the fee) and the P&amp;L it realizes.</summary>
    internal (decimal Cash, decimal Realized) Apply(decimal signed, decimal price, decimal fee)
    {
        decimal cash = 0m, realized = 0m;
        var opening = signed;
        if (Quantity != 0m && (Quantity > 0m) != (signed > 0m))
        {
            // The part that reduces: the whole trade, or up to flat when it flips through zero.
            var closing = Math.Abs(signed) <= Math.Abs(Quantity) ? signed : -Quantity;
            var closeNotional = closing * price;
            var released = closing == -Quantity ? CostBasis : Math.Round(CostBasis * -closing / Quantity, BasisDecimals);
            cash -= closeNotional;
            realized = -closeNotional - released;
            CostBasis -= released;
            Quantity += closing;
            opening = signed - closing;
        }
        if (opening != 0m)
        {
            var notional = opening * price;
            cash -= notional;
            CostBasis += notional;
            Quantity += opening;
        }
        RealizedPnl += realized;
        Fees += fee;
        MarkPrice = price;
        return (cash, realized);
    }

    public PositionState ToState() => new(Symbol, Quantity, CostBasis, RealizedPnl, Fees);
}
