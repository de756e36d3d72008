namespace SmartMarket.Trading.Synthetic;

/// <summary>
/// The minute-by-minute log-price of one symbol from the market's start: regime drift plus a correlated shock
/// scaled by GARCH(1,1) volatility. Two paths of the same symbol and model are identical, and paths of different
/// symbols share the same regimes and correlated shocks, so candles and ticks built from separate paths agree.
/// </summary>
internal sealed class SymbolPath
{
    private readonly SyntheticModel _model;
    private readonly SymbolModel _symbol;
    private readonly Xoshiro256StarStar _shared = new(0);
    private long _minute;
    private double _logPrice;
    private double _variance;
    private double _lastShock;
    private MarketRegime _regime = MarketRegime.Range;
    private double _anchor;

    public SymbolPath(SyntheticModel model, SymbolModel symbol)
    {
        _model = model;
        _symbol = symbol;
        _logPrice = Math.Log((double)symbol.StartPrice);
        _anchor = _logPrice;
        _variance = symbol.LongRunVariance;
    }

    /// <summary>Index of the minute the next <see cref="Step"/> produces (0 = the market's start).</summary>
    public long NextMinute => _minute;

    /// <summary>Simulates the next minute.</summary>
    public MinuteStep Step()
    {
        var minute = _minute++;
        _shared.Reseed(_model.Seed, SyntheticModel.SharedStream, (ulong)minute);
        var regimeDraw = _shared.NextDouble();
        if (minute > 0)
        {
            var next = _model.NextRegime(_regime, regimeDraw);
            if (next == MarketRegime.Range && _regime != MarketRegime.Range)
                _anchor = _logPrice;
            _regime = next;
            // GARCH(1,1): σ²(t) = ω + α ε²(t-1) + β σ²(t-1).
            _variance = _symbol.Omega + _symbol.Alpha * _lastShock * _lastShock + _symbol.Beta * _variance;
        }

        var row = _symbol.CholeskyRow;
        var z = 0.0;
        for (var k = 0; k < row.Length; k++)
            z += row[k] * _shared.NextGaussian();

        var sigma = Math.Sqrt(_variance);
        var drift = _regime switch
        {
            MarketRegime.TrendUp => _model.TrendStrength * _symbol.LongRunSigma,
            MarketRegime.TrendDown => -_model.TrendStrength * _symbol.LongRunSigma,
            _ => -(_logPrice - _anchor) * _model.ReversionPerMinute,
        };
        _lastShock = sigma * z;
        var open = _logPrice;
        // The -σ²/2 term keeps the expected price, not the expected log-price, on the drift.
        _logPrice = open + drift + _lastShock - 0.5 * _variance;
        return new MinuteStep(minute, open, _logPrice, _variance, z, _regime);
    }
}
