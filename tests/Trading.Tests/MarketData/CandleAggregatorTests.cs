using SmartMarket.Trading.MarketData;

namespace Trading.Tests.MarketData;

public class CandleAggregatorTests
{
    private static readonly DateTime T0 = new(2024, 5, 1, 10, 0, 0, DateTimeKind.Utc);

    private static Tick Trade(double seconds, decimal price, decimal quantity = 1m, Side side = Side.Buy) =>
        new(T0.AddSeconds(seconds), price, quantity, side);

    [Fact]
    public void Add_WhenATradeOfTheNextBarArrives_EmitsTheFinishedBar()
    {
        var aggregator = new CandleAggregator(Timeframe.M1);
        Assert.False(aggregator.Add(Trade(1, 100m, 2m), out _));
        Assert.False(aggregator.Add(Trade(20, 103m, 1m), out _));
        Assert.False(aggregator.Add(Trade(30, 99m, 0.5m), out _));
        Assert.False(aggregator.Add(Trade(59.999, 101m, 1.5m), out _));

        Assert.True(aggregator.Add(Trade(60, 102m), out var closed));

        Assert.Equal(new Candle(T0, 100m, 103m, 99m, 101m, 5m), closed);
        Assert.True(aggregator.TryGetOpenBar(out var open));
        Assert.Equal(new Candle(T0.AddMinutes(1), 102m, 102m, 102m, 102m, 1m), open);
    }

    [Fact]
    public void Add_AfterMinutesWithoutTrades_LeavesTheGapOut()
    {
        var aggregator = new CandleAggregator(Timeframe.M1);
        aggregator.Add(Trade(5, 10m), out _);

        Assert.True(aggregator.Add(Trade(5 * 60 + 1, 11m), out var closed));
        Assert.Equal(T0, closed.OpenTime);
        Assert.True(aggregator.Add(Trade(6 * 60, 12m), out closed));
        Assert.Equal(T0.AddMinutes(5), closed.OpenTime); // minutes 1 to 4 had no trades and produce no candle
    }

    [Fact]
    public void CloseAt_OnceTheClockPassesTheBarEnd_EmitsItExactlyOnce()
    {
        var aggregator = new CandleAggregator(Timeframe.M5);
        aggregator.Add(Trade(10, 50m), out _);

        Assert.False(aggregator.CloseAt(T0.AddMinutes(4.9), out _));
        Assert.True(aggregator.CloseAt(T0.AddMinutes(5), out var closed));
        Assert.Equal(new Candle(T0, 50m, 50m, 50m, 50m, 1m), closed);
        Assert.False(aggregator.CloseAt(T0.AddMinutes(6), out _));
        Assert.False(aggregator.HasOpenBar);
        Assert.False(aggregator.Add(Trade(7 * 60, 51m), out _)); // starts a new bar, nothing left to close
    }

    [Fact]
    public void Add_WithTickEarlierThanThePrevious_ThrowsAndChangesNothing()
    {
        var aggregator = new CandleAggregator(Timeframe.M1);
        aggregator.Add(Trade(30, 10m), out _);

        var error = Assert.Throws<ArgumentException>(() => aggregator.Add(Trade(29, 99m), out _));

        Assert.Equal("tick", error.ParamName);
        Assert.Contains("out of order", error.Message);
        aggregator.TryGetOpenBar(out var open);
        Assert.Equal(new Candle(T0, 10m, 10m, 10m, 10m, 1m), open);
    }

    [Fact]
    public void Add_WithTickInsideABarClosedByTheClock_Throws()
    {
        var aggregator = new CandleAggregator(Timeframe.M1);
        aggregator.Add(Trade(30, 10m), out _);
        aggregator.CloseAt(T0.AddSeconds(61), out _);

        // Later than the last trade, but its minute was already handed out as closed.
        var error = Assert.Throws<ArgumentException>(() => aggregator.Add(Trade(59, 11m), out _));
        Assert.Contains("already closed", error.Message);
        Assert.False(aggregator.Add(Trade(60.5, 11m), out _));
    }

    [Theory]
    [InlineData(0, 1, Side.Buy, "price")]
    [InlineData(-5, 1, Side.Sell, "price")]
    [InlineData(10, 0, Side.Buy, "quantity")]
    [InlineData(10, 1, (Side)0, "aggressor")]
    public void Add_WithBadTick_ThrowsNamingTheField(int price, int quantity, Side side, string field)
    {
        var error = Assert.Throws<ArgumentException>(() => new CandleAggregator(Timeframe.M1).Add(Trade(0, price, quantity, side), out _));
        Assert.Contains(field, error.Message);
    }

    [Fact]
    public void Add_FedTicksOneByOne_NeverChangesBarsAlreadyClosedWhenLaterTicksChange()
    {
        var ticks = Enumerable.Range(0, 400).Select(i => Trade(i * 7.3, 100m + i % 13, 1m + i % 3)).ToArray();
        var full = Run(ticks);
        foreach (var k in new[] { 10, 150, 333 })
        {
            var altered = ticks.Select((t, i) => i > k ? t with { Price = t.Price * 2, Quantity = 9m } : t).ToArray();
            var emittedByK = Run(ticks.Take(k + 1).ToArray());
            var alteredRun = Run(altered);
            Assert.Equal(emittedByK, alteredRun.Take(emittedByK.Count));
            Assert.Equal(emittedByK, full.Take(emittedByK.Count));
        }
    }

    private static List<Candle> Run(Tick[] ticks)
    {
        var aggregator = new CandleAggregator(Timeframe.M1);
        var candles = new List<Candle>();
        foreach (var tick in ticks)
        {
            if (aggregator.Add(tick, out var closed))
                candles.Add(closed);
        }
        return candles;
    }
}
