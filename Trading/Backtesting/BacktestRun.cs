using SmartMarket.Trading.Analytics;
using SmartMarket.Trading.Execution;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Portfolio;
using SmartMarket.Trading.Risk;
using SmartMarket.Trading.Strategies;

namespace SmartMarket.Trading.Backtesting;

/// <summary>The state of one backtest while it runs; see <see cref="Backtester"/>.</summary>
internal sealed class BacktestRun
{
    private const int ProgressEvery = 8192;

    private readonly SymbolSeries[] _series;
    private readonly StrategyFeed[] _feeds;
    private readonly BacktestOptions _options;
    private readonly SimulatedClock _clock;
    private readonly ExecutionSimulator _venue;
    private readonly Ledger _ledger = new();
    private readonly RiskManager _risk;
    private readonly SignalExecutor _executor;
    private readonly PerformanceAccumulator _performance;
    private readonly RoundTripTracker _trips = new();
    private readonly SymbolCounters[] _counters;
    private readonly List<EquityPoint> _equity;
    private readonly List<double> _benchmark;
    private readonly List<Signal> _signals = [];
    private readonly Dictionary<string, int> _riskRejections = new(StringComparer.Ordinal);
    private readonly long _total;
    private int _fills;
    private int _venueRejections;
    private long _done;

    public BacktestRun(SymbolSeries[] series, StrategyFeed[] feeds, BacktestOptions options)
    {
        _series = series;
        _feeds = feeds;
        _options = options;
        var start = DateTime.MaxValue;
        foreach (var s in series)
        {
            _total += s.Candles.Length;
            if (s.Candles[0].OpenTime < start)
                start = s.Candles[0].OpenTime;
        }
        _clock = new SimulatedClock(start);
        _venue = new ExecutionSimulator(options.Execution, _clock, options.LowerTimeframe);
        _risk = new RiskManager(options.Risk);
        _executor = new SignalExecutor(_risk, lot: new LotSize(options.QuantityStep));
        _performance = new PerformanceAccumulator(options.Performance);
        _counters = new SymbolCounters[series.Length];
        for (var i = 0; i < series.Length; i++)
            _counters[i] = new SymbolCounters(series[i].Candles[0].Close);
        _equity = new List<EquityPoint>((int)Math.Min(_total + 1, int.MaxValue));
        _benchmark = new List<double>(_equity.Capacity);
        _ledger.Deposit(start, options.Capital, "backtest capital");
        _venue.Filled += OnFilled;
        _venue.Rejected += _ => _venueRejections++;
    }

    public void Execute(Action<double>? progress, CancellationToken cancellationToken)
    {
        var next = new int[_series.Length];
        var closeTicks = new long[_series.Length];
        var barTicks = new long[_series.Length];
        for (var i = 0; i < _series.Length; i++)
        {
            barTicks[i] = _series[i].Timeframe.Duration().Ticks;
            closeTicks[i] = _series[i].Candles[0].OpenTime.Ticks + barTicks[i];
        }
        var pending = 0L;
        while (true)
        {
            // Merge by close time; ties go to the symbol given first, which keeps runs deterministic.
            var best = -1;
            var bestClose = long.MaxValue;
            for (var i = 0; i < closeTicks.Length; i++)
            {
                if (closeTicks[i] < bestClose)
                {
                    bestClose = closeTicks[i];
                    best = i;
                }
            }
            if (best < 0)
                break;
            if (pending != 0 && bestClose != pending)
                Record(pending);
            var candles = _series[best].Candles;
            var index = next[best]++;
            closeTicks[best] = next[best] < candles.Length ? candles[next[best]].OpenTime.Ticks + barTicks[best] : long.MaxValue;
            Step(best, candles[index], new DateTime(bestClose, DateTimeKind.Utc));
            pending = bestClose;
            if (++_done % ProgressEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Invoke((double)_done / _total);
            }
        }
        Record(pending);
        progress?.Invoke(1d);
    }

    public BacktestResult ToResult()
    {
        var legs = new BuyAndHoldLeg[_series.Length];
        var symbols = new SymbolResult[_series.Length];
        for (var i = 0; i < _series.Length; i++)
        {
            var s = _series[i];
            legs[i] = BuyAndHoldLeg.FromCandles(s.Symbol, s.Candles);
            symbols[i] = _counters[i].ToResult(s, _trips.Closed, _ledger.GetPosition(s.Symbol)?.Quantity ?? 0m, legs[i].Return);
        }
        return new BacktestResult
        {
            Options = _options,
            Performance = _performance.ToReport(BuyAndHoldBenchmark.EqualWeightReturn(legs)),
            Symbols = symbols,
            Trades = _trips.Closed,
            Equity = _equity,
            BenchmarkEquity = _benchmark,
            Ledger = _ledger.Snapshot(),
            FinalEquity = _ledger.Equity,
            AmbiguousExits = _venue.AmbiguousExits,
            VenueRejections = _venueRejections,
            RiskRejectionsByRule = _riskRejections,
            Fills = _fills,
            Candles = _done,
        };
    }

    private void Step(int symbolIndex, in Candle candle, DateTime close)
    {
        var symbol = _series[symbolIndex].Symbol;
        // Orders decided at earlier closes meet this bar's prices first; only then does the strategy see the bar.
        _venue.ProcessCandle(symbol, candle);
        _clock.AdvanceTo(close);
        _ledger.Mark(symbol, candle.Close);
        var counters = _counters[symbolIndex];
        counters.LastClose = candle.Close;
        counters.Candles++;
        _feeds[symbolIndex].Feed(candle, _signals);
        if (_signals.Count == 0)
            return;
        foreach (var signal in _signals)
            Handle(symbolIndex, signal);
        _signals.Clear();
    }

    private void Handle(int symbolIndex, Signal signal)
    {
        var counters = _counters[symbolIndex];
        counters.Signals++;
        var working = _venue.GetOpenOrders(signal.Symbol).Count > 0;
        var decision = _executor.Decide(signal, Snapshot(), _feeds[symbolIndex].Strategy.Settings, working);
        switch (decision.Outcome)
        {
            case SignalOutcome.Order:
                var state = _venue.Submit(decision.Order!);
                if (state.Status != Orders.OrderStatus.Rejected)
                {
                    counters.Orders++;
                    counters.Stop = signal.Stop;
                }
                break;
            case SignalOutcome.RiskRejected:
                counters.RiskRejections++;
                var rule = decision.Risk!.Rule.ToString();
                _riskRejections[rule] = _riskRejections.GetValueOrDefault(rule) + 1;
                break;
            default:
                counters.Skipped++;
                break;
        }
    }

    private ExposureSnapshot Snapshot()
    {
        var positions = new List<PositionExposure>();
        for (var i = 0; i < _series.Length; i++)
        {
            var position = _ledger.GetPosition(_series[i].Symbol);
            if (position is { IsFlat: false })
                positions.Add(new PositionExposure(position.Symbol, position.Quantity, _counters[i].LastClose, _counters[i].Stop));
        }
        return new ExposureSnapshot(_clock.UtcNow, _ledger.Equity, positions);
    }

    private void Record(long closeTicks)
    {
        var time = new DateTime(closeTicks, DateTimeKind.Utc);
        var equity = _ledger.Equity;
        _performance.Add(time, equity);
        _risk.Observe(time, equity);
        _equity.Add(new EquityPoint(time, equity));
        var growth = 0d;
        for (var i = 0; i < _counters.Length; i++)
            growth += _counters[i].Growth;
        _benchmark.Add((double)_options.Capital * growth / _counters.Length);
    }

    private void OnFilled(OrderFilled filled)
    {
        _fills++;
        _ledger.ApplyFill(filled.Fill);
        var trade = _trips.Add(filled.Fill);
        if (trade is not null)
            _performance.AddTrade(trade);
    }
}
