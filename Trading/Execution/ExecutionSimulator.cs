using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;

namespace SmartMarket.Trading.Execution;

/// <summary>
/// The paper <see cref="IExecutionVenue"/>: fills orders against candles (backtests) or price updates (live paper).
/// Orders are stamped with the clock at submission and fill only on prices from that time on, so an order decided
/// at a bar's close fills from the next bar's open. Deterministic: the same calls give the same fills.
/// See <see cref="BarExecutor"/> for the order in which a bar's prices are assumed to occur and
/// <see cref="AmbiguousExits"/> for bars whose order could not be known.
/// </summary>
public sealed class ExecutionSimulator : IExecutionVenue
{
    private readonly ExecutionSimulatorOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILowerTimeframeSource? _lowerTimeframe;
    private readonly VenueEvents _events = new();
    private readonly OrderRegistry _registry = new();
    private readonly FillEngine _engine;
    private readonly BarExecutor _executor;
    private readonly MarketBooks _books = new();
    private readonly bool _trackAtr;
    private readonly bool _volatilitySlippage;
    private bool _processing;

    /// <param name="clock">Stamps orders; in a backtest a <see cref="SimulatedClock"/> set to each bar's close before the strategy runs.</param>
    /// <param name="lowerTimeframe">Asked for lower-timeframe candles when a bar touches both exits of a bracket; null to always assume the worse.</param>
    public ExecutionSimulator(ExecutionSimulatorOptions options, TimeProvider clock, ILowerTimeframeSource? lowerTimeframe = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        options.Validate();
        _options = options;
        _clock = clock;
        _lowerTimeframe = lowerTimeframe;
        _engine = new FillEngine(_registry, _events, new FillPricer(options));
        _executor = new BarExecutor(_engine, options.LimitRequiresTradeThrough);
        _volatilitySlippage = options.VolatilitySlippage != 0m;
        _trackAtr = options.VolatilitySource == SlippageVolatility.Atr && _volatilitySlippage;
    }

    public ExecutionSimulatorOptions Options => _options;

    /// <summary>Bars where a bracket's stop and target (or entry and exit) could not be ordered and the worse outcome was assumed.</summary>
    public long AmbiguousExits => _engine.AmbiguousExits;

    public event Action<OrderAccepted>? Accepted { add => _events.Accepted += value; remove => _events.Accepted -= value; }

    public event Action<OrderFilled>? Filled { add => _events.Filled += value; remove => _events.Filled -= value; }

    public event Action<OrderCancelled>? Cancelled { add => _events.Cancelled += value; remove => _events.Cancelled -= value; }

    public event Action<OrderRejected>? Rejected { add => _events.Rejected += value; remove => _events.Rejected -= value; }

    public event Action<OrderExpired>? Expired { add => _events.Expired += value; remove => _events.Expired -= value; }

    /// <summary>Accepts or rejects an order at once; an accepted order works from the clock's current time on.</summary>
    public OrderState Submit(OrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = _clock.GetUtcNow().UtcDateTime;
        var known = _books.Find(request.Symbol);
        var rejection = OrderRequestValidator.Validate(request, known?.ReferencePrice) ?? VenueRules.Check(request, known, _registry);
        var id = _registry.TakeId();
        if (rejection is not null)
        {
            var rejected = new OrderState
            {
                Id = id,
                ClientOrderId = request.ClientOrderId ?? _registry.MakeClientId(id, null),
                Request = request,
                Status = OrderStatus.Rejected,
                SubmittedAt = now,
                Quantity = request.Quantity,
                Rejection = rejection,
            };
            _events.RaiseRejected(now, rejected);
            return rejected;
        }

        var book = _books.Get(request.Symbol);
        var role = request.Bracket is null ? BracketRole.None : BracketRole.Entry;
        var order = new WorkingOrder(id, request.ClientOrderId ?? _registry.MakeClientId(id, null), request, now, role, request.Quantity);
        if (book.Executing)
            order.SkipBar = book.BarSeq; // submitted by a handler in the middle of a bar: that bar is already history to it
        _registry.Add(order);
        book.Orders.Add(order);
        _events.RaiseAccepted(now, order);
        return order.ToState();
    }

    /// <summary>Cancels a working order; a bracket leg takes its sibling with it. False when no such order is working.</summary>
    public bool Cancel(OrderId orderId) => CancelOrder(_registry.Find(orderId));

    /// <summary>Cancels the working order with this client id; false when none.</summary>
    public bool Cancel(string clientOrderId)
    {
        ArgumentNullException.ThrowIfNull(clientOrderId);
        return CancelOrder(_registry.Find(clientOrderId));
    }

    /// <summary>A working order's state, or null when the order is unknown or finished.</summary>
    public OrderState? GetOrder(OrderId orderId) => _registry.Find(orderId)?.ToState();

    /// <summary>The working orders, oldest first, for one symbol or (null) all.</summary>
    public IReadOnlyList<OrderState> GetOpenOrders(Symbol? symbol = null)
    {
        var result = new List<OrderState>();
        foreach (var book in _books.Ordered())
        {
            if (symbol is null || book.Symbol == symbol.Value)
                result.AddRange(book.Orders.Where(static o => !o.IsTerminal).Select(static o => o.ToState()));
        }
        return result;
    }

    /// <summary>The venue's net position in <paramref name="symbol"/> from its own fills: positive long, negative short.</summary>
    public decimal GetPosition(Symbol symbol) => _books.Find(symbol)?.Position ?? 0m;

    /// <summary>The last close or price seen for <paramref name="symbol"/>, or null.</summary>
    public decimal? GetLastPrice(Symbol symbol) => _books.Find(symbol)?.ReferencePrice;

    /// <summary>Runs one closed bar of <paramref name="symbol"/> against its working orders. Bars must arrive in time order.</summary>
    public void ProcessCandle(Symbol symbol, in Candle candle) => ProcessCandle(symbol, candle, []);

    /// <summary>
    /// As <see cref="ProcessCandle(Symbol, in Candle)"/>, with the bar's lower-timeframe candles, used only when the bar
    /// touches both exits of a bracket. When empty the simulator's <see cref="ILowerTimeframeSource"/>, if any, is asked.
    /// </summary>
    public void ProcessCandle(Symbol symbol, in Candle candle, ReadOnlySpan<Candle> lowerTimeframe)
    {
        var book = EnterBook(symbol);
        var approx = CandleGuard.Check(candle, book.LastTime, nameof(candle));
        if (book.Orders.Count != 0)
            RunCandle(book, candle, approx, lowerTimeframe);
        if (_trackAtr)
            book.Atr.Add(approx.High, approx.Low, approx.Close, _options.AtrPeriod);
        book.LastTime = candle.OpenTime;
        book.LastPrice = candle.Close;
        book.HasPrice = true;
    }

    /// <summary>Runs a series of bars of one symbol, oldest first; the same as calling <see cref="ProcessCandle(Symbol, in Candle)"/> on each.</summary>
    public void ProcessCandles(Symbol symbol, ReadOnlySpan<Candle> candles)
    {
        foreach (ref readonly var candle in candles)
            ProcessCandle(symbol, candle);
    }

    /// <summary>
    /// Runs a single traded price (live paper trading) as a bar whose open, high, low and close are that price. No volume
    /// cap applies, since a price update carries no volume. Times must not go backwards.
    /// </summary>
    public void ProcessPrice(Symbol symbol, DateTime time, decimal price)
    {
        var book = EnterBook(symbol);
        CandleGuard.CheckPrice(time, price, book.LastTime);
        if (book.Orders.Count != 0)
        {
            var point = new Candle(time, price, price, price, price, 0m);
            var approx = (double)price;
            Run(book, point, new BarPrices(approx, approx, approx, approx), VolatilityOf(book, point), capVolume: false);
        }
        book.LastTime = time;
        book.LastPrice = price;
        book.HasPrice = true;
    }

    /// <summary>Everything needed to carry on later with <see cref="Restore"/>.</summary>
    public ExecutionSimulatorState Snapshot()
    {
        ThrowIfProcessing();
        var markets = new List<MarketState>();
        var orders = new List<OrderState>();
        foreach (var book in _books.Ordered())
        {
            markets.Add(book.ToState());
            foreach (var order in book.Orders)
            {
                if (!order.IsTerminal)
                    orders.Add(order.ToState());
            }
        }
        orders.Sort(static (a, b) => a.Id.Value.CompareTo(b.Id.Value));
        return new ExecutionSimulatorState(_registry.NextId, _engine.AmbiguousExits, markets, orders);
    }

    /// <summary>A simulator that continues exactly where the one that took <paramref name="state"/> stopped.</summary>
    public static ExecutionSimulator Restore(
        ExecutionSimulatorState state, ExecutionSimulatorOptions options, TimeProvider clock, ILowerTimeframeSource? lowerTimeframe = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        var simulator = new ExecutionSimulator(options, clock, lowerTimeframe);
        SimulatorRestorer.Restore(state, simulator._registry, simulator._books);
        simulator._engine.AmbiguousExits = state.AmbiguousExits;
        return simulator;
    }

    ValueTask<OrderState> IExecutionVenue.SubmitAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Submit(request));
    }

    ValueTask<bool> IExecutionVenue.CancelAsync(OrderId orderId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Cancel(orderId));
    }

    ValueTask<bool> IExecutionVenue.CancelAsync(string clientOrderId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Cancel(clientOrderId));
    }

    private void RunCandle(MarketBook book, in Candle candle, in BarPrices approx, ReadOnlySpan<Candle> lowerTimeframe)
    {
        var volatility = VolatilityOf(book, candle);
        if ((!lowerTimeframe.IsEmpty || _lowerTimeframe is not null)
            && IntrabarRules.MayBeAmbiguous(book, candle, _options.LimitRequiresTradeThrough))
        {
            var inner = lowerTimeframe.IsEmpty ? _lowerTimeframe!.GetCandles(book.Symbol, candle) : lowerTimeframe;
            if (!inner.IsEmpty)
            {
                CandleGuard.CheckInside(inner, candle);
                // The finer bars replace the coarse one; slippage keeps the coarse bar's volatility.
                foreach (ref readonly var bar in inner)
                    Run(book, bar, BarPrices.Of(bar), volatility, capVolume: true);
                return;
            }
        }
        Run(book, candle, approx, volatility, capVolume: true);
    }

    private void Run(MarketBook book, in Candle bar, in BarPrices approx, VolatilityInput volatility, bool capVolume)
    {
        var ctx = new BarContext(bar, approx, ++book.BarSeq, volatility, _options.MaxVolumeShare, capVolume);
        _processing = true;
        try
        {
            _executor.Execute(book, ref ctx);
        }
        finally
        {
            _processing = false;
        }
    }

    private VolatilityInput VolatilityOf(MarketBook book, in Candle bar)
    {
        if (!_volatilitySlippage)
            return VolatilityInput.None;
        return new VolatilityInput(_options.VolatilitySource, bar.High, bar.Low, book.Atr.Value);
    }

    private bool CancelOrder(WorkingOrder? order)
    {
        if (order is null || order.IsTerminal)
            return false;
        _engine.End(_books.Get(order.Symbol), order, OrderStatus.Cancelled, CancelReason.ClientRequest, _clock.GetUtcNow().UtcDateTime);
        return true;
    }

    private MarketBook EnterBook(Symbol symbol)
    {
        if (symbol.Ticker is null)
            throw new ArgumentException("symbol is required", nameof(symbol));
        ThrowIfProcessing();
        return _books.Get(symbol);
    }

    private void ThrowIfProcessing()
    {
        if (_processing)
            throw new InvalidOperationException("the simulator cannot process prices or snapshot from inside one of its own event handlers");
    }

}
