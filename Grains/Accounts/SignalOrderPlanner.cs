using SmartMarket.Grains.Strategies;
using SmartMarket.Trading.Risk;

namespace SmartMarket.Grains.Accounts;

/// <summary>
/// Turns a confirmed signal into a market order: one position per symbol, sized as a fixed fraction of equity at the
/// last price. The risk manager then caps or refuses it inside the account.
/// </summary>
internal sealed class SignalOrderPlanner
{
    /// <summary>Share of equity put into one new position.</summary>
    public const decimal PositionFraction = 0.05m;

    private readonly FixedFractionSizer _sizer = new(PositionFraction, new LotSize(0.00001m));

    public PlaceOrder? Plan(SignalEmitted emitted, PaperAccount account)
    {
        var signal = emitted.Signal;
        if (account.Halted || account.LastPrice(signal.Symbol) is not { } price)
            return null;
        // Exits belong to the bracket placed with the entry; a second signal while in the market does not pyramid.
        if (account.Ledger.GetPosition(signal.Symbol) is { IsFlat: false } || account.Venue.GetOpenOrders(signal.Symbol).Count > 0)
            return null;
        var quantity = _sizer.Quantity(new SizingRequest(account.Ledger.Equity, price, signal.Stop, signal.Confidence, 0m));
        if (quantity <= 0m)
            return null;
        return new PlaceOrder(emitted.ClientOrderId, signal.Symbol.Ticker, signal.Side, quantity, signal.Strategy + ": " + signal.Reason);
    }
}
