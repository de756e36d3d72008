using System.Diagnostics;
using SmartMarket.Grains.Market;
using SmartMarket.Trading.Backtesting;
using SmartMarket.Trading.Execution;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Portfolio;
using SmartMarket.Trading.Risk;
using SmartMarket.Trading.Strategies;

namespace Benchmarks.Pipeline;

/// <summary>
/// The baseline: the same trades through the Trading objects the grains wrap (aggregator, strategies, signal executor,
/// paper venue, ledger) in one loop, with no runtime, streams, storage or model in between.
/// </summary>
public sealed class DirectPipeline
{
    private readonly PipelineTicks _ticks;
    private readonly MultiTimeframeAggregator[] _aggregators;
    private readonly IStrategy[][] _strategies;
    private readonly TimeframeCandle[] _closed = new TimeframeCandle[SymbolGrain.PublishedTimeframes.Length];
    private readonly SimulatedClock _clock;
    private readonly ExecutionSimulator _venue;
    private readonly Ledger _ledger = new();
    private readonly SignalExecutor _executor = new(new RiskManager(new RiskOptions()), lot: new LotSize(0.00000001m));
    private readonly List<long> _latencies = new(100_000);

    public DirectPipeline(PipelineTicks ticks, IReadOnlyList<string> strategies, decimal capital)
    {
        _ticks = ticks;
        _clock = new SimulatedClock(ticks.Ticks[0].Time);
        _venue = new ExecutionSimulator(new ExecutionSimulatorOptions(), _clock);
        _venue.Filled += e => _ledger.ApplyFill(e.Fill);
        _ledger.Deposit(ticks.Ticks[0].Time, capital, "baseline capital");
        _aggregators = new MultiTimeframeAggregator[ticks.Symbols.Length];
        _strategies = new IStrategy[ticks.Symbols.Length][];
        for (var s = 0; s < ticks.Symbols.Length; s++)
        {
            _aggregators[s] = new MultiTimeframeAggregator(SymbolGrain.PublishedTimeframes);
            _strategies[s] = new IStrategy[strategies.Count];
            for (var k = 0; k < strategies.Count; k++)
            {
                var colon = strategies[k].IndexOf(':', StringComparison.Ordinal);
                _strategies[s][k] = StrategyFactory.Create(strategies[k][..colon], ticks.Symbols[s], StrategyParameters.Parse(strategies[k][(colon + 1)..]));
            }
        }
    }

    /// <summary>Orders accepted so far.</summary>
    public int Orders => _latencies.Count;

    public double Percentile(double quantile) => Percentiles.Of(_latencies, quantile);

    /// <summary>Runs trades [<paramref name="from"/>, <paramref name="to"/>) as fast as it can; returns trades per second.</summary>
    public double Run(int from, int to, bool record)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = from; i < to; i++)
        {
            var t = Stopwatch.GetTimestamp();
            var tick = _ticks.Ticks[i];
            var s = _ticks.SymbolOf[i];
            if (tick.Time > _clock.UtcNow)
                _clock.AdvanceTo(tick.Time);
            var count = _aggregators[s].Add(tick, _closed);
            for (var c = 0; c < count; c++)
            {
                foreach (var strategy in _strategies[s])
                {
                    if (!Uses(strategy, _closed[c].Timeframe) || strategy.OnCandle(_closed[c].Timeframe, _closed[c].Candle) is not { } signal)
                        continue;
                    if (Trade(signal, strategy.Settings) && record)
                        _latencies.Add(Stopwatch.GetTimestamp() - t);
                }
            }
            _venue.ProcessPrice(_ticks.Symbols[s], tick.Time, tick.Price);
            _ledger.Mark(_ticks.Symbols[s], tick.Price);
        }
        return (to - from) / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private bool Trade(Signal signal, SymbolSettings settings)
    {
        var positions = new List<PositionExposure>();
        foreach (var p in _ledger.Positions)
        {
            if (!p.IsFlat)
                positions.Add(new PositionExposure(p.Symbol, p.Quantity, p.MarkPrice));
        }
        var working = _venue.GetOpenOrders(signal.Symbol).Count > 0;
        var decision = _executor.Decide(signal, new ExposureSnapshot(_clock.UtcNow, _ledger.Equity, positions), settings, working);
        return decision.Order is { } order && _venue.Submit(order).Status != SmartMarket.Trading.Orders.OrderStatus.Rejected;
    }

    private static bool Uses(IStrategy strategy, Timeframe timeframe)
    {
        foreach (var tf in strategy.Timeframes)
        {
            if (tf == timeframe)
                return true;
        }
        return false;
    }
}
