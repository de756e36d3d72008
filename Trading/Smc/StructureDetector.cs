namespace SmartMarket.Trading.Smc;

/// <summary>
/// Market structure from confirmed swings: a close above the last unbroken swing high is bullish, a close below the
/// last unbroken swing low bearish. A break in the trend's direction (or the first break) is a break of structure;
/// a break against it is a change of character and flips the trend. Each swing can be broken once.
/// </summary>
public sealed class StructureDetector
{
    private SwingPoint _high;
    private SwingPoint _low;
    private double _highLevel;
    private double _lowLevel;
    private bool _highLive;
    private bool _lowLive;

    internal StructureDetector()
    {
    }

    /// <summary>The trend set by the latest break; <see cref="Bias.None"/> before the first.</summary>
    public Bias Trend { get; private set; }

    /// <summary>The latest break; <see cref="StructureBreak.Exists"/> is false before the first.</summary>
    public StructureBreak LastBreak { get; private set; }

    /// <summary>Takes the swings confirmed on this bar, then checks the bar's close against the live levels.</summary>
    internal SmcChanges Step(in SmcBar bar, SwingDetector swings, SmcChanges found)
    {
        if ((found & SmcChanges.SwingHigh) != 0)
        {
            _high = swings.LastHigh;
            _highLevel = (double)_high.Price;
            _highLive = true;
        }
        if ((found & SmcChanges.SwingLow) != 0)
        {
            _low = swings.LastLow;
            _lowLevel = (double)_low.Price;
            _lowLive = true;
        }
        if (_highLive && bar.Close > _highLevel)
        {
            _highLive = false;
            return Break(bar, Bias.Bullish, _high);
        }
        if (_lowLive && bar.Close < _lowLevel)
        {
            _lowLive = false;
            return Break(bar, Bias.Bearish, _low);
        }
        return SmcChanges.None;
    }

    internal void Clear()
    {
        _high = default;
        _low = default;
        _highLive = false;
        _lowLive = false;
        Trend = Bias.None;
        LastBreak = default;
    }

    private SmcChanges Break(in SmcBar bar, Bias direction, in SwingPoint swing)
    {
        var kind = (int)Trend == -(int)direction ? StructureBreakKind.ChangeOfCharacter : StructureBreakKind.BreakOfStructure;
        Trend = direction;
        LastBreak = new StructureBreak(kind, direction, swing.Price, swing, bar.Index, bar.CloseTime);
        return kind == StructureBreakKind.ChangeOfCharacter ? SmcChanges.ChangeOfCharacter : SmcChanges.BreakOfStructure;
    }
}
