using SmartMarket.Grains.Market;
using SmartMarket.Trading.MarketData;

namespace Grains.Tests;

public sealed class CandleRingTests
{
    [Fact]
    public void Slice_AfterTheRingWrapped_KeepsTheNewestOldestFirst_AndCutsByRangeThenLast()
    {
        var ring = new CandleRing(4);
        for (var i = 0; i < 7; i++)
            ring.Add(Bar(i));

        Assert.Equal(4, ring.Count);
        Assert.Equal([3, 4, 5, 6], Minutes(ring.Slice(null, null, null)));
        Assert.Equal([4, 5], Minutes(ring.Slice(Market.T0.AddMinutes(4), Market.T0.AddMinutes(6), null)));
        Assert.Equal([5, 6], Minutes(ring.Slice(null, null, 2)));
        Assert.Equal([4], Minutes(ring.Slice(null, Market.T0.AddMinutes(5), 1)));
        Assert.Empty(ring.Slice(Market.T0.AddMinutes(10), null, null));
    }

    [Fact]
    public void Constructor_WithZeroCapacity_ThrowsNamingCapacity()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new CandleRing(0));
        Assert.Equal("capacity", e.ParamName);
    }

    private static Candle Bar(int minute) => new(Market.T0.AddMinutes(minute), 100m + minute, 101m + minute, 99m + minute, 100m + minute, 1m);

    private static int[] Minutes(Candle[] candles) => Array.ConvertAll(candles, c => (int)(c.OpenTime - Market.T0).TotalMinutes);
}
