using SmartMarket.Trading.MarketData;

namespace Trading.Tests.MarketData;

public class CandleResamplerTests
{
    private static readonly DateTime T0 = new(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc);

    private static Candle Bar(int hour, decimal open, decimal high, decimal low, decimal close, decimal volume) =>
        new(T0.AddHours(hour), open, high, low, close, volume);

    [Fact]
    public void Add_WhenTheLastLowerBarArrives_EmitsTheHigherBarAtOnce()
    {
        var resampler = new CandleResampler(Timeframe.H1, Timeframe.H4);
        Span<Candle> closed = stackalloc Candle[CandleResampler.MaxClosedPerAdd];

        Assert.Equal(0, resampler.Add(Bar(0, 10m, 12m, 9m, 11m, 1m), closed));
        Assert.Equal(0, resampler.Add(Bar(1, 11m, 15m, 10m, 14m, 2m), closed));
        Assert.Equal(0, resampler.Add(Bar(2, 14m, 14m, 8m, 9m, 3m), closed));
        Assert.Equal(1, resampler.Add(Bar(3, 9m, 10m, 9m, 10m, 4m), closed));

        Assert.Equal(new Candle(T0, 10m, 15m, 8m, 10m, 10m), closed[0]);
    }

    [Fact]
    public void Add_WhenThePeriodEndsInAGap_EmitsItWithTheFirstBarOfALaterPeriod()
    {
        var resampler = new CandleResampler(Timeframe.H1, Timeframe.H4);
        Span<Candle> closed = stackalloc Candle[2];
        resampler.Add(Bar(0, 10m, 12m, 9m, 11m, 1m), closed);
        resampler.Add(Bar(1, 11m, 13m, 10m, 12m, 1m), closed);

        // Hours 2-6 are missing; hour 7 is the last hour of the 04:00 period, so both periods close now.
        var count = resampler.Add(Bar(7, 20m, 21m, 19m, 20.5m, 5m), closed);

        Assert.Equal(2, count);
        Assert.Equal(new Candle(T0, 10m, 13m, 9m, 12m, 2m), closed[0]);
        Assert.Equal(new Candle(T0.AddHours(4), 20m, 21m, 19m, 20.5m, 5m), closed[1]);
    }

    [Fact]
    public void TryFlush_WithAnIncompletePeriod_HandsItOutOnce()
    {
        var resampler = new CandleResampler(Timeframe.M1, Timeframe.M5);
        resampler.Add(new Candle(T0.AddMinutes(5), 1m, 2m, 1m, 2m, 3m), stackalloc Candle[2]);

        Assert.True(resampler.TryFlush(out var partial));
        Assert.Equal(new Candle(T0.AddMinutes(5), 1m, 2m, 1m, 2m, 3m), partial);
        Assert.False(resampler.TryFlush(out _));
    }

    [Fact]
    public void Resample_MinuteBarsToFiveMinutes_MatchesGroupingByHand()
    {
        var random = new Random(5);
        var minutes = new List<Candle>();
        var price = 100m;
        for (var i = 0; i < 300; i++)
        {
            if (i % 37 == 5)
                continue; // leave gaps, including some at period ends
            var close = price + random.Next(-20, 21) / 10m;
            var high = Math.Max(price, close) + random.Next(0, 5) / 10m;
            var low = Math.Min(price, close) - random.Next(0, 5) / 10m;
            minutes.Add(new Candle(T0.AddMinutes(i), price, high, low, close, random.Next(1, 50) / 4m));
            price = close;
        }

        var expected = minutes
            .GroupBy(c => new DateTime(c.OpenTime.Ticks - c.OpenTime.Ticks % TimeSpan.FromMinutes(5).Ticks, DateTimeKind.Utc))
            .Select(g => new Candle(g.Key, g.First().Open, g.Max(c => c.High), g.Min(c => c.Low), g.Last().Close, g.Sum(c => c.Volume)))
            .ToList();

        Assert.Equal(expected, CandleResampler.Resample(minutes, Timeframe.M1, Timeframe.M5).ToList());
    }

    [Fact]
    public void Add_FedOneByOne_NeverChangesEmittedBarsWhenLaterBarsChange()
    {
        var bars = Enumerable.Range(0, 200).Select(i => new Candle(T0.AddMinutes(i), 10m + i % 7, 20m, 5m, 11m, i)).ToArray();
        var full = CandleResampler.Resample(bars, Timeframe.M1, Timeframe.M15).ToList();
        foreach (var k in new[] { 14, 15, 99 })
        {
            var prefix = CandleResampler.Resample(bars.Take(k + 1), Timeframe.M1, Timeframe.M15).ToList();
            var altered = bars.Select((b, i) => i > k ? b with { Close = 6m, Volume = 1000m } : b).ToArray();
            Assert.Equal(prefix, full.Take(prefix.Count));
            Assert.Equal(prefix, CandleResampler.Resample(altered, Timeframe.M1, Timeframe.M15).Take(prefix.Count));
        }
    }

    [Theory]
    [InlineData(Timeframe.H1, Timeframe.M15)]
    [InlineData((Timeframe)120, Timeframe.M5)]
    public void Constructor_WhenInputDoesNotDivideOutput_ThrowsNamingOutput(Timeframe input, Timeframe output) =>
        Assert.Equal("output", Assert.Throws<ArgumentException>(() => new CandleResampler(input, output)).ParamName);

    [Fact]
    public void Add_WithMisalignedOrRepeatedOrInvalidBars_ThrowsAndChangesNothing()
    {
        var resampler = new CandleResampler(Timeframe.M1, Timeframe.M5);
        var closed = new Candle[2];
        resampler.Add(new Candle(T0, 10m, 11m, 9m, 10m, 1m), closed);

        Assert.Contains("not aligned", Assert.Throws<ArgumentException>(() => resampler.Add(new Candle(T0.AddSeconds(90), 10m, 11m, 9m, 10m, 1m), closed)).Message);
        Assert.Contains("repeats", Assert.Throws<ArgumentException>(() => resampler.Add(new Candle(T0, 10m, 11m, 9m, 10m, 1m), closed)).Message);
        Assert.Contains("below low", Assert.Throws<ArgumentException>(() => resampler.Add(new Candle(T0.AddMinutes(1), 10m, 8m, 9m, 10m, 1m), closed)).Message);
        Assert.Throws<ArgumentException>(() => resampler.Add(new Candle(T0.AddMinutes(1), 10m, 11m, 9m, 10m, 1m), new Candle[1]));

        resampler.Add(new Candle(T0.AddMinutes(4), 10m, 12m, 10m, 12m, 2m), closed);
        Assert.Equal(new Candle(T0, 10m, 12m, 9m, 12m, 3m), closed[0]);
    }
}
