namespace SmartMarket.Trading.Smc;

/// <summary>
/// Confirmed swings of one kind that price has not traded beyond since, newest on top. Untraded highs fall from old to
/// new (any later higher bar would have traded through the older one), so a bar removes them from the top only:
/// O(1) amortized. Untraded lows, mirrored, rise from old to new.
/// </summary>
internal sealed class SwingStack
{
    private readonly SwingPoint[] _swings;
    private readonly double[] _values;
    private readonly double _sign;
    private int _count;

    public SwingStack(int capacity, bool highs)
    {
        _swings = new SwingPoint[capacity];
        _values = new double[capacity];
        // Lows are handled as negated highs so that one set of comparisons serves both.
        _sign = highs ? 1.0 : -1.0;
    }

    public int Count => _count;

    /// <summary>Drops the swings that <paramref name="extreme"/> (the bar's high for highs, low for lows) traded beyond.</summary>
    public void Trade(double extreme)
    {
        var signed = extreme * _sign;
        while (_count > 0 && signed > _values[_count - 1])
            _count--;
    }

    /// <summary>
    /// Removes and counts the swings within <paramref name="tolerance"/> of <paramref name="value"/>, which are the top
    /// ones; returns how many, with the most extreme (the oldest) in <paramref name="outermost"/>.
    /// </summary>
    public int TakeEqual(double value, double tolerance, out SwingPoint outermost)
    {
        var signed = value * _sign;
        var taken = 0;
        outermost = default;
        while (_count > 0 && _values[_count - 1] - signed <= tolerance)
        {
            outermost = _swings[--_count];
            taken++;
        }
        return taken;
    }

    /// <summary>Pushes a swing on top, dropping the oldest when full.</summary>
    public void Push(in SwingPoint swing, double value)
    {
        if (_count == _swings.Length)
        {
            Array.Copy(_swings, 1, _swings, 0, _count - 1);
            Array.Copy(_values, 1, _values, 0, _count - 1);
            _count--;
        }
        _swings[_count] = swing;
        _values[_count] = value * _sign;
        _count++;
    }

    public void Clear() => _count = 0;
}
