using SmartMarket.Trading.MarketData;

namespace Trading.Tests.MarketData;

public class MultiTimeframeAggregatorTests
{
    private static readonly DateTime T0 = new(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc);

    private static Tick Trade(double minutes, decimal price) => new(T0.AddMinutes(minutes), price, 1m, Side.Sell);

    [Fact]
    public void Add_WhenCloseTimesCoincide_EmitsTheLowerTimeframeFirst()
    {
        var aggregator = new MultiTimeframeAggregator(Timeframe.H1, Timeframe.M1, Timeframe.M15);
        var closed = new TimeframeCandle[3];
        aggregator.Add(Trade(59.5, 10m), closed);

        var count = aggregator.Add(Trade(60.2, 11m), closed);

        Assert.Equal(3, count);
        Assert.Equal([Timeframe.M1, Timeframe.M15, Timeframe.H1], closed.Select(c => c.Timeframe));
        Assert.Equal([T0.AddMinutes(59), T0.AddMinutes(45), T0], closed.Select(c => c.Candle.OpenTime));
    }

    [Fact]
    public void Add_WhenTheLastMinuteOfAnHourHadNoTrades_StillClosesTheHourOnTheNextTrade()
    {
        var aggregator = new MultiTimeframeAggregator(Timeframe.M1, Timeframe.H1);
        var closed = new TimeframeCandle[2];
        aggregator.Add(Trade(10, 10m), closed);
        aggregator.Add(Trade(58.5, 12m), closed);

        var count = aggregator.Add(Trade(61, 13m), closed);

        Assert.Equal(2, count);
        Assert.Equal(new TimeframeCandle(Timeframe.M1, new Candle(T0.AddMinutes(58), 12m, 12m, 12m, 12m, 1m)), closed[0]);
        Assert.Equal(new TimeframeCandle(Timeframe.H1, new Candle(T0, 10m, 12m, 10m, 12m, 2m)), closed[1]);
    }

    [Fact]
    public void Output_OverARandomTickStream_IsInCloseTimeOrderAndMatchesSingleAggregators()
    {
        var random = new Random(17);
        var ticks = new List<Tick>();
        var t = 0.0;
        for (var i = 0; i < 3000; i++)
        {
            t += random.NextDouble() * (i % 500 == 0 ? 90 : 0.8); // now and then a long silence
            ticks.Add(Trade(t, 100m + random.Next(-50, 50) / 10m));
        }
        var frames = new[] { Timeframe.M1, Timeframe.M5, Timeframe.H1 };
        var multi = new MultiTimeframeAggregator(frames);
        var singles = frames.Select(f => new CandleAggregator(f)).ToArray();
        var buffer = new TimeframeCandle[3];
        var output = new List<TimeframeCandle>();
        var expected = frames.ToDictionary(f => f, _ => new List<Candle>());
        foreach (var tick in ticks)
        {
            var n = multi.Add(tick, buffer);
            output.AddRange(buffer.Take(n));
            foreach (var single in singles)
            {
                if (single.Add(tick, out var c))
                    expected[single.Timeframe].Add(c);
            }
        }

        foreach (var f in frames)
            Assert.Equal(expected[f], output.Where(o => o.Timeframe == f).Select(o => o.Candle));
        for (var i = 1; i < output.Count; i++)
        {
            var previousEnd = output[i - 1].Candle.OpenTime + output[i - 1].Timeframe.Duration();
            var end = output[i].Candle.OpenTime + output[i].Timeframe.Duration();
            Assert.True(previousEnd <= end, $"output {i} closes at {end:O}, before {previousEnd:O}");
        }
    }

    [Fact]
    public void CloseAt_ClosesOnlyTheBarsThatHaveEnded()
    {
        var aggregator = new MultiTimeframeAggregator(Timeframe.M1, Timeframe.M5);
        var closed = new TimeframeCandle[2];
        aggregator.Add(Trade(2.5, 10m), closed);

        Assert.Equal(1, aggregator.CloseAt(T0.AddMinutes(3), closed));
        Assert.Equal(Timeframe.M1, closed[0].Timeframe);
        Assert.True(aggregator.TryGetOpenBar(Timeframe.M5, out _));
        Assert.Equal(1, aggregator.CloseAt(T0.AddMinutes(5), closed));
        Assert.Equal(Timeframe.M5, closed[0].Timeframe);
    }

    [Fact]
    public void Add_WithTickInsideAHigherBarAlreadyClosed_ThrowsAndLeavesEveryTimeframeUnchanged()
    {
        var aggregator = new MultiTimeframeAggregator(Timeframe.M1, Timeframe.M5);
        var closed = new TimeframeCandle[2];
        aggregator.Add(Trade(0.5, 10m), closed);
        aggregator.CloseAt(T0.AddMinutes(5), closed);

        Assert.Throws<ArgumentException>(() => aggregator.Add(Trade(4, 10m), closed));
        Assert.False(aggregator.TryGetOpenBar(Timeframe.M1, out _));
    }

    [Fact]
    public void Constructor_WithNoOrRepeatedTimeframes_Throws()
    {
        Assert.Equal("timeframes", Assert.Throws<ArgumentException>(() => new MultiTimeframeAggregator()).ParamName);
        Assert.Equal("timeframes", Assert.Throws<ArgumentException>(() => new MultiTimeframeAggregator(Timeframe.M1, Timeframe.M1)).ParamName);
    }
}
