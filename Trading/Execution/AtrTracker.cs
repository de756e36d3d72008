namespace SmartMarket.Trading.Execution;

/// <summary>
/// Wilder's average true range in <c>double</c> (a statistic, not money): a simple mean of true ranges until
/// <c>period</c> bars, then <c>atr += (tr - atr) / period</c>. O(1) and allocation-free per bar.
/// </summary>
internal struct AtrTracker
{
    public double Value;
    public int Samples;
    public double PreviousClose;

    public void Add(double high, double low, double close, int period)
    {
        var range = high - low;
        if (Samples > 0)
        {
            // True range also spans a gap from the previous close.
            range = Math.Max(range, Math.Max(Math.Abs(high - PreviousClose), Math.Abs(low - PreviousClose)));
        }
        Samples = Samples < period ? Samples + 1 : period;
        Value += (range - Value) / Samples;
        PreviousClose = close;
    }
}
