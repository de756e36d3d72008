using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Risk;

/// <summary>
/// Correlations and covariances of several symbols' per-bar returns over the last <c>window</c> bars.
/// Each update costs O(n²) for n symbols, independent of the window, with no allocation: running sums are
/// kept, the oldest bar subtracted as it leaves, and the sums rebuilt from the ring buffer once per window
/// so that rounding from the subtractions cannot build up. Returns at bar t use closes up to t only.
/// </summary>
public sealed class RollingCorrelationMatrix : ICorrelationSource
{
    private readonly Symbol[] _symbols;
    private readonly Dictionary<Symbol, int> _index;
    private readonly int _n;
    private readonly int _window;
    private readonly int _minObservations;
    private readonly double[] _ring;
    private readonly double[] _sum;
    private readonly double[] _cross;
    private readonly double[] _lastCloses;
    private readonly double[] _returns;
    private bool _hasCloses;
    private int _count;
    private int _next;
    private int _sinceRebuild;

    /// <param name="symbols">The symbols, in the order their returns are passed to <see cref="Add"/>.</param>
    /// <param name="window">Bars in the rolling window, at least 2.</param>
    /// <param name="minObservations">Bars needed before correlations are reported, in [2, window]; defaults to the window.</param>
    public RollingCorrelationMatrix(IReadOnlyList<Symbol> symbols, int window, int? minObservations = null)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        if (symbols.Count == 0)
            throw new ArgumentException("at least one symbol is needed", nameof(symbols));
        if (window < 2)
            throw new ArgumentOutOfRangeException(nameof(window), window, "window must be at least 2 bars");
        var min = minObservations ?? window;
        if (min < 2 || min > window)
            throw new ArgumentOutOfRangeException(nameof(minObservations), min, $"minimum observations must be in [2, {window}]");
        _symbols = [.. symbols];
        _n = _symbols.Length;
        _index = new Dictionary<Symbol, int>(_n);
        for (var i = 0; i < _n; i++)
        {
            if (!_index.TryAdd(_symbols[i], i))
                throw new ArgumentException($"symbol {_symbols[i]} appears twice", nameof(symbols));
        }
        _window = window;
        _minObservations = min;
        _ring = new double[window * _n];
        _sum = new double[_n];
        _cross = new double[_n * _n];
        _lastCloses = new double[_n];
        _returns = new double[_n];
    }

    /// <summary>The symbols in column order.</summary>
    public IReadOnlyList<Symbol> Symbols => _symbols;

    /// <summary>Bars currently in the window.</summary>
    public int Count => _count;

    /// <summary>True once <see cref="Count"/> reached the minimum observations.</summary>
    public bool IsReady => _count >= _minObservations;

    /// <summary>Adds one bar of simple returns, one per symbol in column order; all must be finite.</summary>
    public void Add(ReadOnlySpan<double> returns)
    {
        if (returns.Length != _n)
            throw new ArgumentException($"expected {_n} returns, one per symbol, got {returns.Length}", nameof(returns));
        for (var i = 0; i < _n; i++)
        {
            if (!double.IsFinite(returns[i]))
                throw new ArgumentException($"return of {_symbols[i]} is not finite ({returns[i]})", nameof(returns));
        }
        var slot = _next * _n;
        if (_count == _window)
            AccumulateOuterProduct(_ring.AsSpan(slot, _n), -1d);
        else
            _count++;
        returns.CopyTo(_ring.AsSpan(slot, _n));
        _next = _next + 1 == _window ? 0 : _next + 1;
        if (++_sinceRebuild >= _window)
            Rebuild();
        else
            AccumulateOuterProduct(returns, 1d);
    }

    /// <summary>
    /// Adds one bar of closing prices in column order; the first call only records them, later calls add the
    /// simple returns close / previous close − 1. Closes must be positive.
    /// </summary>
    public void AddCloses(ReadOnlySpan<decimal> closes)
    {
        if (closes.Length != _n)
            throw new ArgumentException($"expected {_n} closes, one per symbol, got {closes.Length}", nameof(closes));
        for (var i = 0; i < _n; i++)
        {
            if (closes[i] <= 0m)
                throw new ArgumentOutOfRangeException(nameof(closes), closes[i], $"close of {_symbols[i]} must be positive");
        }
        for (var i = 0; i < _n; i++)
        {
            var close = (double)closes[i];
            _returns[i] = _hasCloses ? close / _lastCloses[i] - 1d : 0d;
            _lastCloses[i] = close;
        }
        if (_hasCloses)
            Add(_returns);
        _hasCloses = true;
    }

    /// <summary>Pearson correlation of columns i and j; NaN before the minimum observations or when either is flat.</summary>
    public double Correlation(int i, int j)
    {
        if (!IsReady)
            return double.NaN;
        var sxy = CenteredCross(i, j);
        var sxx = CenteredCross(i, i);
        var syy = CenteredCross(j, j);
        if (sxx <= 0d || syy <= 0d)
            return double.NaN;
        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1d, 1d);
    }

    /// <inheritdoc />
    public double Correlation(Symbol a, Symbol b) =>
        _index.TryGetValue(a, out var i) && _index.TryGetValue(b, out var j) ? Correlation(i, j) : double.NaN;

    /// <summary>Sample covariance (n − 1 denominator) of columns i and j; NaN before the minimum observations.</summary>
    public double Covariance(int i, int j) => IsReady ? CenteredCross(i, j) / (_count - 1) : double.NaN;

    /// <summary>A copy of the current sample covariance matrix; throws <see cref="InvalidOperationException"/> before it is ready.</summary>
    public CovarianceMatrix ToCovarianceMatrix()
    {
        if (!IsReady)
            throw new InvalidOperationException($"covariance needs {_minObservations} bars, have {_count}");
        var values = new double[_n, _n];
        for (var i = 0; i < _n; i++)
        {
            for (var j = 0; j < _n; j++)
                values[i, j] = Covariance(Math.Min(i, j), Math.Max(i, j));
        }
        return new CovarianceMatrix(_symbols, values);
    }

    // Σ(x − x̄)(y − ȳ) = Σxy − ΣxΣy / n, from the upper triangle of the cross sums.
    private double CenteredCross(int i, int j)
    {
        var (lo, hi) = i <= j ? (i, j) : (j, i);
        return _cross[lo * _n + hi] - _sum[lo] * _sum[hi] / _count;
    }

    private void AccumulateOuterProduct(ReadOnlySpan<double> x, double sign)
    {
        for (var i = 0; i < _n; i++)
        {
            var xi = sign * x[i];
            _sum[i] += xi;
            var row = i * _n;
            for (var j = i; j < _n; j++)
                _cross[row + j] += xi * x[j];
        }
    }

    private void Rebuild()
    {
        Array.Clear(_sum);
        Array.Clear(_cross);
        for (var k = 0; k < _count; k++)
            AccumulateOuterProduct(_ring.AsSpan(k * _n, _n), 1d);
        _sinceRebuild = 0;
    }
}
