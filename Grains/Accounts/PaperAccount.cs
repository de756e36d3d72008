using SmartMarket.Trading.Backtesting;
using SmartMarket.Trading.Execution;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;
using SmartMarket.Trading.Portfolio;
using SmartMarket.Trading.Risk;
using SmartMarket.Trading.Strategies;
using ExecutionFill = SmartMarket.Trading.Execution.OrderFilled;

namespace SmartMarket.Grains.Accounts;

/// <summary>
/// The account's domain state outside the grain: ledger, risk manager, the paper venue (an ExecutionSimulator fed live
/// prices) and the index of results by client order id. Every change becomes a journal record in <see cref="Pending"/>,
/// which the grain writes to storage before it answers.
/// </summary>
internal sealed partial class PaperAccount
{
    private readonly Dictionary<string, OrderResult> _results = new(StringComparer.Ordinal);
    private readonly Dictionary<Symbol, DateTime> _lastPriceTime = [];
    private readonly Dictionary<Symbol, decimal> _lastPrice = [];
    private readonly SimulatedClock _clock;
    private readonly ExecutionSimulator _venue;
    private readonly RiskManager _risk = new(new RiskOptions());
    private readonly SignalExecutor _executor;
    private readonly HashSet<string> _cancelled = new(StringComparer.Ordinal);
    private readonly RoundTripTracker _trips = new();
    private long _sequence;

    /// <param name="journal">The whole journal, in order: ledger, counters and the order index are rebuilt from it.</param>
    /// <param name="venueState">The venue as last written with the journal; null before the first order.</param>
    /// <param name="riskGates">The risk gates as last written with the journal (a latched kill switch, the day's loss); null before the first write.</param>
    public PaperAccount(
        IReadOnlyList<AccountJournalRecord> journal, ExecutionSimulatorState? venueState, ExecutionSimulatorOptions venueOptions, RiskGateState? riskGates = null)
    {
        if (riskGates is not null)
            _risk.RestoreGates(riskGates);
        var start = DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc);
        foreach (var r in journal)
        {
            Replay(r);
            if (r.Time > start)
                start = r.Time;
        }
        _clock = new SimulatedClock(start);
        _executor = new SignalExecutor(_risk, lot: new LotSize(QuantityStep));
        _venue = venueState is { } venue ? ExecutionSimulator.Restore(venue, venueOptions, _clock) : new ExecutionSimulator(venueOptions, _clock);
        foreach (var market in venueState?.Markets ?? [])
        {
            _lastPriceTime[market.Symbol] = market.LastTime;
            if (market.LastPrice is > 0m and { } lastPrice)
                _lastPrice[market.Symbol] = lastPrice;
        }
        _venue.Accepted += e => Record(AccountRecordKind.OrderAccepted, e.Order, 0m, 0m, null);
        _venue.Rejected += e => Record(AccountRecordKind.OrderRejected, e.Order, 0m, 0m, e.Order.Rejection?.ToString());
        _venue.Cancelled += e => Record(AccountRecordKind.OrderCancelled, e.Order, 0m, 0m, e.Order.CancelReason?.ToString());
        _venue.Expired += e => Record(AccountRecordKind.OrderCancelled, e.Order, 0m, 0m, "expired");
        _venue.Filled += OnFilled;
    }

    /// <summary>Quantity step of signal orders: the backtester's default, so both size alike.</summary>
    public const decimal QuantityStep = 0.00000001m;

    public Ledger Ledger { get; } = new();

    public bool Halted { get; private set; }

    public int Orders { get; private set; }

    public int Fills { get; private set; }

    public DateTime LastEventTime { get; private set; } = DateTime.MinValue;

    /// <summary>Records made since the grain last wrote its state.</summary>
    public List<AccountJournalRecord> Pending { get; } = [];

    public ExecutionSimulator Venue => _venue;

    public bool TryGetResult(string clientOrderId, out OrderResult result) => _results.TryGetValue(clientOrderId, out result!);

    public decimal? LastPrice(Symbol symbol) => _lastPrice.TryGetValue(symbol, out var p) ? p : null;

    public void Deposit(decimal amount, string note) =>
        Add(new AccountJournalRecord(0, AccountRecordKind.Deposited, _clock.UtcNow, null, 0, null, default, 0m, 0m, amount, note));

    public void AttachStrategy(string strategyId, string symbol) =>
        Add(new AccountJournalRecord(0, AccountRecordKind.StrategyAttached, _clock.UtcNow, strategyId, 0, symbol, default, 0m, 0m, 0m, null));

    /// <summary>Feeds a live price to the venue; an older price than the last one seen (a replay restarted) is ignored.</summary>
    public bool OnPrice(Symbol symbol, DateTime time, decimal price)
    {
        if (_lastPriceTime.TryGetValue(symbol, out var last) && time < last)
            return false;
        _lastPriceTime[symbol] = time;
        _lastPrice[symbol] = price;
        if (time > _clock.UtcNow)
            _clock.AdvanceTo(time);
        _venue.ProcessPrice(symbol, time, price);
        Ledger.Mark(symbol, price);
        EquitySamples.Observe(time, Ledger.Equity);
        return true;
    }

    /// <summary>
    /// Bar mode (a replay): fills working orders against the whole bar, then moves the clock to the bar's close, marks the
    /// ledger and shows the risk manager the equity: the backtester's steps for one bar, in its order. A bar that does
    /// not close after the last one seen (a replay restarted) is ignored.
    /// </summary>
    public bool OnCandle(Symbol symbol, Timeframe timeframe, in Candle candle)
    {
        var close = candle.OpenTime + timeframe.Duration();
        if (_lastPriceTime.TryGetValue(symbol, out var last) && close <= last)
            return false;
        _venue.ProcessCandle(symbol, candle);
        if (close > _clock.UtcNow)
            _clock.AdvanceTo(close);
        _lastPriceTime[symbol] = close;
        _lastPrice[symbol] = candle.Close;
        Ledger.Mark(symbol, candle.Close);
        _risk.Observe(close, Ledger.Equity);
        EquitySamples.Observe(close, Ledger.Equity);
        return true;
    }

    /// <summary>
    /// Risk-checks and submits an order of any venue type (a market one with an optional bracket); the result is
    /// remembered by client order id. A working order fills later against live prices or bars.
    /// </summary>
    public OrderResult Place(PlaceOrder command, decimal? stopLoss, decimal? takeProfit)
    {
        var symbol = new Symbol(command.Symbol);
        Add(new AccountJournalRecord(0, AccountRecordKind.OrderRequested, _clock.UtcNow, command.ClientOrderId, 0, command.Symbol,
            command.Side, command.Quantity, 0m, 0m, command.Reason, command.Terms));
        var quantity = 0m;
        var rejection = Halted ? "account is halted by an emergency stop" : CheckRisk(symbol, command, stopLoss, out quantity);
        if (rejection is not null)
            return Reject(command, rejection);
        var request = RequestOf(symbol, command, quantity) with { ClientOrderId = command.ClientOrderId };
        if (stopLoss is { } sl && takeProfit is { } tp)
            request = request.WithBracket(sl, tp);
        var state = _venue.Submit(request);
        if (state.Status == OrderStatus.Rejected)
            return Remember(new OrderResult(command.ClientOrderId, false, state.Id.Value, 0m, state.Rejection?.ToString()));
        return Remember(new OrderResult(command.ClientOrderId, true, state.Id.Value, quantity, null));
    }

    /// <summary>
    /// Trades a confirmed signal through the same <see cref="SignalExecutor"/> the backtester uses (skip when held,
    /// size, risk-check, market entry with the signal's bracket). Returns null when the executor skips it.
    /// </summary>
    /// <param name="settings">The emitting strategy's settings; null for the symbol's defaults.</param>
    public OrderResult? PlaceSignal(string clientOrderId, Signal signal, SymbolSettings? settings)
    {
        if (Halted || LastPrice(signal.Symbol) is null)
            return null;
        _risk.Observe(_clock.UtcNow, Ledger.Equity);
        var entryWorking = false;
        foreach (var order in _venue.GetOpenOrders(signal.Symbol))
            entryWorking |= order.Role is BracketRole.None or BracketRole.Entry;
        var decision = _executor.Decide(signal, Exposure(), settings ?? SymbolSettings.For(signal.Symbol), entryWorking);
        if (decision.Outcome == SignalOutcome.Skipped)
            return null;
        var side = signal.Side;
        var reason = signal.Strategy + ": " + signal.Reason;
        Add(new AccountJournalRecord(0, AccountRecordKind.OrderRequested, _clock.UtcNow, clientOrderId, 0, signal.Symbol.Ticker,
            side, decision.Order?.Quantity ?? 0m, 0m, 0m, reason));
        var command = new PlaceOrder(clientOrderId, signal.Symbol.Ticker, side, decision.Order?.Quantity ?? 0m, reason);
        if (decision.Order is not { } request)
            return Reject(command, decision.Reason);
        var state = _venue.Submit(request with { ClientOrderId = clientOrderId });
        return state.Status == OrderStatus.Rejected
            ? Remember(new OrderResult(clientOrderId, false, state.Id.Value, 0m, state.Rejection?.ToString()))
            : Remember(new OrderResult(clientOrderId, true, state.Id.Value, request.Quantity, null));
    }

    /// <summary>Cancels working orders, closes positions at the last price and refuses further orders.</summary>
    public (int Cancelled, int Flattened) Stop(string reason)
    {
        var cancelled = 0;
        foreach (var order in _venue.GetOpenOrders())
        {
            if (_venue.Cancel(order.Id))
                cancelled++;
        }
        var flattened = 0;
        foreach (var position in Ledger.Positions.ToList())
        {
            if (position.IsFlat || LastPrice(position.Symbol) is not { } price)
                continue;
            var side = position.Quantity > 0m ? Side.Sell : Side.Buy;
            var id = "stop-" + (_sequence + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + position.Symbol.Ticker;
            _venue.Submit(OrderRequest.Market(position.Symbol, side, Math.Abs(position.Quantity)) with { ClientOrderId = id });
            // Fill now at the last price rather than waiting for the next trade.
            _venue.ProcessPrice(position.Symbol, _lastPriceTime[position.Symbol], price);
            flattened++;
        }
        if (_lastPriceTime.Count > 0)
            EquitySamples.Observe(_clock.UtcNow, Ledger.Equity);
        Halted = true;
        Add(new AccountJournalRecord(0, AccountRecordKind.Stopped, _clock.UtcNow, null, 0, null, default, 0m, 0m, 0m, reason));
        return (cancelled, flattened);
    }

    private string? CheckRisk(Symbol symbol, PlaceOrder command, decimal? stopLoss, out decimal quantity)
    {
        quantity = 0m;
        // A priced order is sized at its own price (what it pays when it fills); a market order at the last trade.
        if ((command.LimitPrice ?? command.StopPrice ?? LastPrice(symbol)) is not { } price)
            return $"no price yet for {symbol}";
        _risk.Observe(_clock.UtcNow, Ledger.Equity);
        var decision = _risk.Check(new OrderProposal(symbol, command.Side, command.Quantity, price, stopLoss), ExposureWithWorkingOrders());
        if (!decision.IsApproved || decision.Quantity <= 0m)
            return decision.Reason;
        quantity = decision.Quantity;
        return null;
    }

    private ExposureSnapshot Exposure()
    {
        var exposures = new List<PositionExposure>();
        foreach (var p in Ledger.Positions)
        {
            if (!p.IsFlat)
                exposures.Add(new PositionExposure(p.Symbol, p.Quantity, p.MarkPrice));
        }
        return new ExposureSnapshot(_clock.UtcNow, Ledger.Equity, exposures);
    }

    private OrderResult Reject(PlaceOrder command, string reason)
    {
        Add(new AccountJournalRecord(0, AccountRecordKind.OrderRejected, _clock.UtcNow, command.ClientOrderId, 0, command.Symbol,
            command.Side, command.Quantity, 0m, 0m, reason));
        return Remember(new OrderResult(command.ClientOrderId, false, 0, 0m, reason));
    }

    private OrderResult Remember(OrderResult result)
    {
        _results[result.ClientOrderId] = result;
        return result;
    }

    private void OnFilled(ExecutionFill e) =>
        Record(AccountRecordKind.OrderFilled, e.Order, e.Fill.Quantity, e.Fill.Price, e.Fill.Fee, e.Fill.Time, e.Fill.Side);

    private void Record(AccountRecordKind kind, OrderState order, decimal quantity, decimal price, string? text) =>
        Add(new AccountJournalRecord(0, kind, _clock.UtcNow, order.ClientOrderId, order.Id.Value, order.Request.Symbol.Ticker,
            order.Request.Side, kind == AccountRecordKind.OrderAccepted ? order.Quantity : quantity, price, 0m, text));

    private void Record(AccountRecordKind kind, OrderState order, decimal quantity, decimal price, decimal fee, DateTime time, Side side) =>
        Add(new AccountJournalRecord(0, kind, time, order.ClientOrderId, order.Id.Value, order.Request.Symbol.Ticker,
            side, quantity, price, fee, order.Request.Bracket is null ? null : "bracket entry"));

    private void Add(AccountJournalRecord record)
    {
        var numbered = record with { Sequence = _sequence + 1 };
        Replay(numbered);
        Pending.Add(numbered);
    }

    /// <summary>Applies one journal record to the in-memory figures: the same code on activation and on a live change.</summary>
    private void Replay(AccountJournalRecord r)
    {
        if (r.Sequence != _sequence + 1)
            throw new InvalidOperationException($"account journal record {r.Sequence} follows {_sequence}: the journal is out of order");
        _sequence = r.Sequence;
        LastEventTime = r.Time > LastEventTime ? r.Time : LastEventTime;
        switch (r.Kind)
        {
            case AccountRecordKind.Deposited:
                Ledger.Deposit(r.Time, r.Amount, r.Text);
                break;
            case AccountRecordKind.OrderAccepted:
                Orders++;
                _results.TryAdd(r.ClientOrderId!, new OrderResult(r.ClientOrderId!, true, r.OrderId, r.Quantity, null));
                break;
            case AccountRecordKind.OrderRejected:
                _results.TryAdd(r.ClientOrderId!, new OrderResult(r.ClientOrderId!, false, r.OrderId, 0m, r.Text));
                break;
            case AccountRecordKind.OrderFilled:
                Fills++;
                Ledger.ApplyFill(r.Time, new Symbol(r.Symbol!), r.Side, r.Quantity, r.Price, r.Amount, new OrderId(r.OrderId));
                TrackRoundTrip(r);
                break;
            case AccountRecordKind.OrderCancelled:
                _cancelled.Add(r.ClientOrderId!);
                break;
            case AccountRecordKind.Stopped:
                Halted = true;
                break;
            case AccountRecordKind.Resumed:
                Halted = false;
                break;
        }
    }
}
