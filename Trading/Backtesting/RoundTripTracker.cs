using SmartMarket.Trading.Analytics;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;

namespace SmartMarket.Trading.Backtesting;

/// <summary>
/// Builds round trips from fills, per symbol: a trade opens when a flat symbol fills, grows with fills on its side,
/// and closes when fills on the other side bring it back to flat (a flip closes it and opens the remainder).
/// Prices are quantity-weighted averages; fees are all fees of the fills, split pro rata on a flip.
/// </summary>
public sealed class RoundTripTracker
{
    private readonly Dictionary<Symbol, OpenTrip> _open = [];
    private readonly List<ClosedTrade> _closed = [];

    /// <summary>The round trips closed so far, oldest first.</summary>
    public IReadOnlyList<ClosedTrade> Closed => _closed;

    /// <summary>Books a fill; returns the trade it closed, or null.</summary>
    public ClosedTrade? Add(Fill fill)
    {
        if (!_open.TryGetValue(fill.Symbol, out var trip))
        {
            trip = new OpenTrip();
            _open.Add(fill.Symbol, trip);
        }
        if (trip.Quantity == 0m || trip.Side == fill.Side)
        {
            trip.Grow(fill.Side, fill.Time, fill.Quantity, fill.Price, fill.Fee);
            return null;
        }
        var remaining = trip.Quantity - trip.ExitQuantity;
        var closing = Math.Min(remaining, fill.Quantity);
        var closingFee = closing == fill.Quantity ? fill.Fee : fill.Fee * closing / fill.Quantity;
        trip.ExitQuantity += closing;
        trip.ExitNotional += closing * fill.Price;
        trip.Fees += closingFee;
        if (trip.ExitQuantity < trip.Quantity)
            return null;
        var trade = new ClosedTrade(
            fill.Symbol, trip.Side, trip.EntryTime, trip.EntryNotional / trip.Quantity, fill.Time,
            trip.ExitNotional / trip.ExitQuantity, trip.Quantity, trip.Fees);
        _closed.Add(trade);
        trip.Clear();
        var rest = fill.Quantity - closing;
        if (rest > 0m)
            trip.Grow(fill.Side, fill.Time, rest, fill.Price, fill.Fee - closingFee);
        return trade;
    }

    private sealed class OpenTrip
    {
        public Side Side;
        public DateTime EntryTime;
        public decimal Quantity;
        public decimal EntryNotional;
        public decimal ExitQuantity;
        public decimal ExitNotional;
        public decimal Fees;

        public void Grow(Side side, DateTime time, decimal quantity, decimal price, decimal fee)
        {
            if (Quantity == 0m)
            {
                Side = side;
                EntryTime = time;
            }
            Quantity += quantity;
            EntryNotional += quantity * price;
            Fees += fee;
        }

        public void Clear()
        {
            Quantity = 0m;
            EntryNotional = 0m;
            ExitQuantity = 0m;
            ExitNotional = 0m;
            Fees = 0m;
        }
    }
}
