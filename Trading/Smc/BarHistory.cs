using System.Numerics;

namespace SmartMarket.Trading.Smc;

/// <summary>The most recent bars in a power-of-two ring, addressed by stream index; nothing is allocated after construction.</summary>
internal sealed class BarHistory
{
    private readonly SmcBar[] _bars;
    private readonly int _mask;

    public BarHistory(int minimumCapacity)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(minimumCapacity, 4));
        _bars = new SmcBar[capacity];
        _mask = capacity - 1;
    }

    public int Capacity => _bars.Length;

    /// <summary>Bars added since construction or <see cref="Clear"/>.</summary>
    public long Count { get; private set; }

    /// <summary>Index of the oldest bar still held.</summary>
    public long Oldest => Math.Max(0, Count - _bars.Length);

    /// <summary>Appends the bar whose index is <see cref="Count"/>.</summary>
    public void Add(in SmcBar bar)
    {
        _bars[(int)(bar.Index & _mask)] = bar;
        Count = bar.Index + 1;
    }

    /// <summary>The bar with stream index <paramref name="index"/>, which must lie in [<see cref="Oldest"/>, <see cref="Count"/>).</summary>
    public ref readonly SmcBar At(long index) => ref _bars[(int)(index & _mask)];

    public void Clear()
    {
        Array.Clear(_bars);
        Count = 0;
    }
}
