namespace SmartMarket.Grains.Strategies;

/// <summary>The last few closes in a ring, giving the return over the window in O(1) without allocating.</summary>
internal sealed class MomentumWindow(int length)
{
    private readonly double[] _closes = new double[length + 1];
    private int _count;
    private int _next;

    /// <summary>Last close over the oldest close in the window, minus one; 0 until the window is full.</summary>
    public double Return
    {
        get
        {
            if (_count < _closes.Length)
                return 0.0;
            var newest = _closes[(_next + _closes.Length - 1) % _closes.Length];
            var oldest = _closes[_next];
            return oldest > 0 ? newest / oldest - 1.0 : 0.0;
        }
    }

    public void Add(double close)
    {
        _closes[_next] = close;
        _next = (_next + 1) % _closes.Length;
        if (_count < _closes.Length)
            _count++;
    }
}
