using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Risk;

/// <summary>A symmetric covariance matrix of per-period returns, indexed by symbol.</summary>
public sealed class CovarianceMatrix
{
    private readonly Symbol[] _symbols;
    private readonly double[,] _values;
    private readonly Dictionary<Symbol, int> _index;

    /// <param name="symbols">Row and column order.</param>
    /// <param name="values">Square, symmetric, finite, non-negative diagonal; copied.</param>
    public CovarianceMatrix(IReadOnlyList<Symbol> symbols, double[,] values)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        ArgumentNullException.ThrowIfNull(values);
        var n = symbols.Count;
        if (values.GetLength(0) != n || values.GetLength(1) != n)
            throw new ArgumentException($"covariance must be {n}x{n} for {n} symbols, was {values.GetLength(0)}x{values.GetLength(1)}", nameof(values));
        _symbols = [.. symbols];
        _index = new Dictionary<Symbol, int>(n);
        for (var i = 0; i < n; i++)
        {
            if (!_index.TryAdd(_symbols[i], i))
                throw new ArgumentException($"symbol {_symbols[i]} appears twice", nameof(symbols));
        }
        _values = (double[,])values.Clone();
        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(_values[i, i]) || _values[i, i] < 0d)
                throw new ArgumentException($"variance of {_symbols[i]} must be finite and non-negative, was {_values[i, i]}", nameof(values));
            for (var j = 0; j < i; j++)
            {
                var a = _values[i, j];
                var b = _values[j, i];
                if (!double.IsFinite(a) || Math.Abs(a - b) > 1e-12 * Math.Max(1d, Math.Abs(a)))
                    throw new ArgumentException($"covariance of {_symbols[i]} and {_symbols[j]} must be finite and symmetric ({a} vs {b})", nameof(values));
            }
        }
    }

    /// <summary>Row and column order.</summary>
    public IReadOnlyList<Symbol> Symbols => _symbols;

    /// <summary>Number of symbols.</summary>
    public int Count => _symbols.Length;

    /// <summary>Covariance by position.</summary>
    public double this[int i, int j] => _values[i, j];

    /// <summary>Covariance by symbol; throws <see cref="KeyNotFoundException"/> naming a symbol not in the matrix.</summary>
    public double this[Symbol a, Symbol b] => _values[IndexOf(a), IndexOf(b)];

    /// <summary>Position of <paramref name="symbol"/> in the matrix.</summary>
    public int IndexOf(Symbol symbol) =>
        _index.TryGetValue(symbol, out var i) ? i : throw new KeyNotFoundException($"symbol {symbol} is not in the covariance matrix");

    /// <summary>True when <paramref name="symbol"/> has a row.</summary>
    public bool Contains(Symbol symbol) => _index.ContainsKey(symbol);
}
