using SmartMarket.Trading.Analytics;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;
using SmartMarket.Trading.Risk;

namespace SmartMarket.Grains.Accounts;

/// <summary>Order types, cancels, resuming after a stop, and the figures risk and performance are computed from.</summary>
internal sealed partial class PaperAccount
{
    /// <summary>Equity once per minute of market time since activation.</summary>
    public EquityHistory EquitySamples { get; } = new();

    /// <summary>Round trips closed over the whole journal.</summary>
    public TradeStatistics Trades { get; } = new();

    /// <summary>The risk manager that checks every order (its limits and trackers).</summary>
    public RiskManager Risk => _risk;

    /// <summary>Market time of the account: the latest price, bar or record seen.</summary>
    public DateTime Now => _clock.UtcNow;

    /// <summary>
    /// Gives a symbol the account has no price for yet the price its symbol grain last traded at, so a first order can be
    /// sized at once. Only the account's own price is set: the venue keeps waiting for a live price before it fills.
    /// </summary>
    public void SeedPrice(Symbol symbol, decimal price)
    {
        if (price > 0m && !_lastPrice.ContainsKey(symbol))
            _lastPrice[symbol] = price;
    }

    /// <summary>Cancels the working order with this client order id, or says why there is none to cancel.</summary>
    public CancelOrderResult Cancel(string clientOrderId)
    {
        var known = _results.TryGetValue(clientOrderId, out var result);
        var orderId = known ? result!.OrderId : 0L;
        if (_venue.Cancel(clientOrderId))
            return new CancelOrderResult(clientOrderId, CancelOutcome.Cancelled, orderId, $"order '{clientOrderId}' cancelled");
        if (!known)
            return new CancelOrderResult(clientOrderId, CancelOutcome.Unknown, 0, $"no order with client order id '{clientOrderId}'");
        if (!result!.Accepted)
            return new CancelOrderResult(clientOrderId, CancelOutcome.Rejected, orderId, $"order '{clientOrderId}' was rejected and never worked: {result.RejectReason}");
        return _cancelled.Contains(clientOrderId)
            ? new CancelOrderResult(clientOrderId, CancelOutcome.AlreadyCancelled, orderId, $"order '{clientOrderId}' was already cancelled")
            : new CancelOrderResult(clientOrderId, CancelOutcome.AlreadyFilled, orderId, $"order '{clientOrderId}' has already filled");
    }

    /// <summary>Lifts the halt of an emergency stop; false when the account was not halted.</summary>
    public bool Resume(string note)
    {
        if (!Halted)
            return false;
        Add(new AccountJournalRecord(0, AccountRecordKind.Resumed, _clock.UtcNow, null, 0, null, default, 0m, 0m, 0m, note));
        return true;
    }

    /// <summary>The venue request a command makes, at <paramref name="quantity"/> (the risk-approved size).</summary>
    public static OrderRequest RequestOf(Symbol symbol, PlaceOrder command, decimal quantity) => new()
    {
        Symbol = symbol,
        Side = command.Side,
        Type = command.Type,
        Quantity = quantity,
        LimitPrice = command.LimitPrice,
        StopPrice = command.StopPrice,
        Trail = command.Trail,
        TimeInForce = command.TimeInForce,
        ReduceOnly = command.ReduceOnly,
    };

    /// <summary>
    /// Positions as if every working entry order had filled at its symbol's last price: resting orders count against the
    /// limits, so many small limit orders cannot together build a position the risk manager would refuse.
    /// </summary>
    private ExposureSnapshot ExposureWithWorkingOrders()
    {
        var quantities = new Dictionary<Symbol, decimal>();
        foreach (var p in Ledger.Positions)
        {
            if (!p.IsFlat)
                quantities[p.Symbol] = p.Quantity;
        }
        foreach (var order in _venue.GetOpenOrders())
        {
            if (order.Role is BracketRole.None or BracketRole.Entry)
                quantities[order.Request.Symbol] = quantities.GetValueOrDefault(order.Request.Symbol) + (int)order.Request.Side * order.RemainingQuantity;
        }
        var exposures = new List<PositionExposure>(quantities.Count);
        foreach (var (symbol, quantity) in quantities)
        {
            var mark = LastPrice(symbol) ?? Ledger.GetPosition(symbol)?.MarkPrice ?? 0m;
            if (quantity != 0m && mark > 0m)
                exposures.Add(new PositionExposure(symbol, quantity, mark));
        }
        return new ExposureSnapshot(_clock.UtcNow, Ledger.Equity, exposures);
    }

    private void TrackRoundTrip(AccountJournalRecord r)
    {
        var fill = new Fill(new OrderId(r.OrderId), r.ClientOrderId ?? "", new Symbol(r.Symbol!), r.Side, r.Quantity, r.Price, r.Amount, Liquidity.Taker, r.Time);
        if (_trips.Add(fill) is { } closed)
            Trades.Add(closed);
    }
}
