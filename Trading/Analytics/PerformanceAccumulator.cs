namespace SmartMarket.Trading.Analytics;

/// <summary>
/// Streaming performance statistics for a backtest or a live account: <see cref="Add"/> costs O(1) with no
/// allocation per equity point; <see cref="ToReport"/> computes the final metrics at any time without changing
/// state, so a report after k points equals one over just those k points. Conventions are on <see cref="PerformanceReport"/>.
/// </summary>
public sealed class PerformanceAccumulator
{
    private readonly PerformanceOptions _options;
    private readonly TradeStatistics _trades = new();
    private readonly MarketExposure _exposure = new();
    private DrawdownTracker _drawdown;
    private DateTime _first;
    private DateTime _last;
    private decimal _firstEquity;
    private decimal _lastEquity;
    private double _previous;
    private int _points;
    private double _mean;
    private double _m2;
    private double _downsideSquares;

    public PerformanceAccumulator(PerformanceOptions? options = null)
    {
        _options = options ?? new PerformanceOptions();
        _options.Validate();
    }

    /// <summary>Equity points added.</summary>
    public int PointCount => _points;

    /// <summary>Statistics of the closed trades added so far.</summary>
    public TradeStatistics Trades => _trades;

    /// <summary>Adds the next equity point: UTC, later than the previous one, equity positive.</summary>
    public void Add(DateTime time, decimal equity)
    {
        if (time.Kind != DateTimeKind.Utc)
            throw new ArgumentException($"time {time:O} must be UTC (Kind={time.Kind})", nameof(time));
        if (_points > 0 && time <= _last)
            throw new ArgumentException($"time {time:O} must be after the previous point {_last:O}", nameof(time));
        if (equity <= 0m)
            throw new ArgumentOutOfRangeException(nameof(equity), equity, "equity must be positive for returns to be defined");
        var value = (double)equity;
        if (_points == 0)
        {
            _first = time;
            _firstEquity = equity;
        }
        else
        {
            // Welford's update keeps the variance accurate over millions of points.
            var r = value / _previous - 1d;
            var n = _points;
            var delta = r - _mean;
            _mean += delta / n;
            _m2 += delta * (r - _mean);
            if (r < 0d)
                _downsideSquares += r * r;
        }
        _drawdown.Observe(time, value);
        _previous = value;
        _last = time;
        _lastEquity = equity;
        _points++;
    }

    /// <summary>Adds a closed trade to the trade statistics and the exposure.</summary>
    public void AddTrade(ClosedTrade trade)
    {
        _trades.Add(trade);
        _exposure.Add(trade.EntryTime, trade.ExitTime);
    }

    /// <summary>The metrics so far; needs at least two equity points.</summary>
    /// <param name="benchmarkReturn">Buy-and-hold return over the same period (see <see cref="BuyAndHoldBenchmark"/>), NaN if none.</param>
    public PerformanceReport ToReport(double benchmarkReturn = double.NaN)
    {
        if (_points < 2)
            throw new InvalidOperationException($"performance needs at least two equity points, have {_points}");
        var periods = _points - 1;
        var years = (_last - _first).TotalDays / PerformanceOptions.DaysPerYear;
        var perYear = _options.PeriodsPerYear ?? periods / years;
        var growth = (double)(_lastEquity / _firstEquity);
        var cagr = Math.Pow(growth, 1d / years) - 1d;
        var stdDev = periods > 1 ? Math.Sqrt(_m2 / (periods - 1)) : double.NaN;
        var riskFreePerPeriod = Math.Pow(1d + _options.RiskFreeRate, 1d / perYear) - 1d;
        var excess = _mean - riskFreePerPeriod;
        var downside = Math.Sqrt(_downsideSquares / periods);
        var annualize = Math.Sqrt(perYear);
        return new PerformanceReport
        {
            Start = _first,
            End = _last,
            StartEquity = _firstEquity,
            EndEquity = _lastEquity,
            Periods = periods,
            PeriodsPerYear = perYear,
            TotalReturn = growth - 1d,
            Cagr = cagr,
            AnnualizedVolatility = stdDev * annualize,
            Sharpe = excess / stdDev * annualize,
            Sortino = excess / downside * annualize,
            Calmar = cagr / _drawdown.MaxDrawdown,
            MaxDrawdown = _drawdown.MaxDrawdown,
            MaxDrawdownDuration = _drawdown.LongestUnderWater,
            TradeCount = _trades.Count,
            WinRate = _trades.WinRate,
            ProfitFactor = _trades.ProfitFactor,
            Expectancy = _trades.Expectancy,
            NetProfit = _trades.NetProfit,
            Exposure = _exposure.Fraction(_first, _last),
            BenchmarkReturn = benchmarkReturn,
        };
    }
}
