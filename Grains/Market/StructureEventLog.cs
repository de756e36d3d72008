using SmartMarket.Trading.Smc;

namespace SmartMarket.Grains.Market;

/// <summary>Keeps the last structure breaks an <see cref="SmcAnalyzer"/> reports (BOS and CHoCH); other events are not needed by readers.</summary>
public sealed class StructureEventLog(int capacity) : ISmcEventSink
{
    private readonly StructureBreak[] _items = capacity >= 1 ? new StructureBreak[capacity] : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "must be at least 1");
    private int _next;
    private int _count;

    /// <summary>The breaks held, oldest first.</summary>
    public StructureBreak[] ToArray()
    {
        var copy = new StructureBreak[_count];
        for (var i = 0; i < _count; i++)
            copy[i] = _items[(_next - _count + i + _items.Length) % _items.Length];
        return copy;
    }

    /// <inheritdoc/>
    public void OnStructureBreak(in StructureBreak structureBreak)
    {
        _items[_next] = structureBreak;
        _next = (_next + 1) % _items.Length;
        if (_count < _items.Length)
            _count++;
    }

    /// <inheritdoc/>
    public void OnSwing(in SwingPoint swing)
    {
    }

    /// <inheritdoc/>
    public void OnOrderBlock(in OrderBlock block)
    {
    }

    /// <inheritdoc/>
    public void OnFairValueGap(in FairValueGap gap)
    {
    }

    /// <inheritdoc/>
    public void OnLiquidityPool(in LiquidityPool pool)
    {
    }

    /// <inheritdoc/>
    public void OnDailyLevels(in DailyLevels levels)
    {
    }
}
