using SmartMarket.Trading.Indicators;
using SmartMarket.Trading.MarketData;

namespace Trading.Tests.Indicators;

public class VwapTests
{
    private static readonly DateTime Day = new(2024, 3, 5, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Vwap_WithinADay_WeightsPricesByVolume()
    {
        var vwap = new Vwap();
        vwap.Update(Day.AddHours(1), 10, 1);
        vwap.Update(Day.AddHours(2), 20, 3);

        Assert.Equal((10 * 1 + 20 * 3) / 4.0, vwap.Value, 12);
        Assert.Equal(4, vwap.Volume);
    }

    [Fact]
    public void Vwap_AtUtcMidnight_StartsAfresh()
    {
        var vwap = new Vwap();
        vwap.Update(Day.AddHours(23).AddMinutes(59), 10, 5);
        vwap.Update(Day.AddDays(1), 30, 2);

        Assert.Equal(30, vwap.Value);
        Assert.Equal(Day.AddDays(1), vwap.AnchorDay);
    }

    [Fact]
    public void Vwap_OnFixedCandles_MatchesPerDayTypicalPriceReference()
    {
        var bars = TestSeries.Bars(200);
        var candles = bars.Select((b, i) => new Candle(
            Day.AddHours(i * 5), (decimal)b.Low, (decimal)b.High, (decimal)b.Low, (decimal)b.Close, 1 + i % 7)).ToArray();
        var vwap = new Vwap();
        for (var i = 0; i < candles.Length; i++)
        {
            vwap.Update(candles[i]);
            var sameDay = candles.Take(i + 1).Where(c => c.OpenTime.Date == candles[i].OpenTime.Date).ToArray();
            var expected = sameDay.Sum(c => (double)(c.High + c.Low + c.Close) / 3 * (double)c.Volume) / sameDay.Sum(c => (double)c.Volume);
            Assert.Equal(expected, vwap.Value, 1e-9);
        }
    }

    [Fact]
    public void Vwap_BeforeAnyVolume_IsNotReady()
    {
        var vwap = new Vwap();
        Assert.False(vwap.IsReady);
        vwap.Update(Day, 10, 0);
        Assert.False(vwap.IsReady);
        Assert.True(double.IsNaN(vwap.Value));
        vwap.Update(Day.AddMinutes(1), 12, 2);
        Assert.True(vwap.IsReady);
    }

    [Fact]
    public void Vwap_WithTimeGoingBack_ThrowsNamingTimeAndKeepsState()
    {
        var vwap = new Vwap();
        vwap.Update(Day.AddHours(2), 10, 1);

        Assert.Equal("time", Assert.Throws<ArgumentOutOfRangeException>(() => vwap.Update(Day.AddHours(1), 99, 1)).ParamName);
        Assert.Equal(10, vwap.Value);
    }

    [Fact]
    public void Vwap_WithNegativeVolume_ThrowsNamingVolume() =>
        Assert.Equal("volume", Assert.Throws<ArgumentOutOfRangeException>(() => new Vwap().Update(Day, 10, -1)).ParamName);
}
