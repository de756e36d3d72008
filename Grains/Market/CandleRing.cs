using SmartMarket.Trading.MarketData;

namespace SmartMarket.Grains.Market;

/// <summary>The last <see cref="Capacity"/> closed candles of one timeframe, oldest overwritten first; O(1) per add, no allocation.</summary>
public sealed class CandleRing
{
    private readonly Candle[] _items;
    private int _next;

    /// <param name="capacity">How many candles are kept.</param>
    public CandleRing(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _items = new Candle[capacity];
    }

    /// <summary>How many candles the ring keeps at most.</summary>
    public int Capacity => _items.Length;

    /// <summary>How many candles it holds now.</summary>
    public int Count { get; private set; }

    /// <summary>Keeps <paramref name="candle"/>, dropping the oldest when full.</summary>
    public void Add(in Candle candle)
    {
        _items[_next] = candle;
        _next = (_next + 1) % _items.Length;
        if (Count < _items.Length)
            Count++;
    }

    /// <summary>The candle at <paramref name="index"/>, 0 being the oldest held.</summary>
    public Candle this[int index] => _items[(_next - Count + index + _items.Length) % _items.Length];

    /// <summary>
    /// Candles opening in [<paramref name="from"/>, <paramref name="to"/>) (either bound optional), oldest first,
    /// then only the last <paramref name="last"/> of those when given.
    /// </summary>
    public Candle[] Slice(DateTime? from, DateTime? to, int? last)
    {
        var start = 0;
        var end = Count;
        while (start < end && from is { } f && this[start].OpenTime < f)
            start++;
        while (end > start && to is { } t && this[end - 1].OpenTime >= t)
            end--;
        if (last is { } n && end - start > n)
            start = end - n;
        var slice = new Candle[end - start];
        for (var i = 0; i < slice.Length; i++)
            slice[i] = this[start + i];
        return slice;
    }
}
