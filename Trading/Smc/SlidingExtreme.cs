namespace SmartMarket.Trading.Smc;

/// <summary>
/// Monotonic deque giving the position of the maximum (or minimum) of a sliding window in O(1) amortized per bar.
/// Ties go to the newer bar, so the reported bar is at least as extreme as the bars before it and strictly more
/// extreme than the bars after it: exactly the fractal swing rule.
/// </summary>
internal sealed class SlidingExtreme
{
    private readonly long[] _indices;
    private readonly double[] _values;
    private readonly int _mask;
    private readonly double _sign;
    private int _head;
    private int _count;

    /// <param name="window">Bars in the window.</param>
    /// <param name="maximum">True to track the maximum, false for the minimum.</param>
    public SlidingExtreme(int window, bool maximum)
    {
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(window + 1));
        _indices = new long[capacity];
        _values = new double[capacity];
        _mask = capacity - 1;
        // Minimum tracking is maximum tracking of the negated series.
        _sign = maximum ? 1.0 : -1.0;
    }

    /// <summary>Index of the extreme bar in the current window; meaningless before the first <see cref="Push"/>.</summary>
    public long ExtremeIndex => _indices[_head];

    /// <summary>Adds bar <paramref name="index"/> and drops bars before <paramref name="windowStart"/>.</summary>
    public void Push(long index, double value, long windowStart)
    {
        var signed = value * _sign;
        while (_count > 0 && _values[(_head + _count - 1) & _mask] <= signed)
            _count--;
        var slot = (_head + _count) & _mask;
        _indices[slot] = index;
        _values[slot] = signed;
        _count++;
        while (_indices[_head] < windowStart)
        {
            _head = (_head + 1) & _mask;
            _count--;
        }
    }

    public void Clear()
    {
        _head = 0;
        _count = 0;
    }
}
