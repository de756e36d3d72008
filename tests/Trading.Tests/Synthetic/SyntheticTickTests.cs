using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Synthetic;

namespace Trading.Tests.Synthetic;

public class SyntheticTickTests
{
    private static readonly Symbol Eth = new("ETHUSDT");

    private static Tick[] Ticks(SyntheticMarket market, Symbol symbol, int count) =>
        Enumerable.Range(0, count).Select(_ => market.NextTick(symbol)).ToArray();

    [Fact]
    public void NextTick_WithTheSameSeed_RepeatsAndWithAnotherDiffers()
    {
        var a = Ticks(new SyntheticMarket(SyntheticMarketOptions.CreateDefault(5)), Eth, 2000);
        var b = Ticks(new SyntheticMarket(SyntheticMarketOptions.CreateDefault(5)), Eth, 2000);
        var c = Ticks(new SyntheticMarket(SyntheticMarketOptions.CreateDefault(6)), Eth, 2000);

        Assert.Equal(a, b);
        Assert.NotEqual(a.Select(t => t.Price), c.Select(t => t.Price));
    }

    [Fact]
    public void NextTick_PerSymbol_IsIndependentOfOtherSymbolsBeingRead()
    {
        var alone = new SyntheticMarket(SyntheticMarketOptions.CreateDefault(5));
        var mixed = new SyntheticMarket(SyntheticMarketOptions.CreateDefault(5));
        var expected = Ticks(alone, Eth, 500);

        var actual = new List<Tick>();
        for (var i = 0; i < 500; i++)
        {
            mixed.NextTick(new Symbol("SOLUSDT"));
            actual.Add(mixed.NextTick(Eth));
        }
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Ticks_AggregatedToMinutes_MakeValidCandlesOnTheGridsThatTrackTheGeneratedCandles()
    {
        var options = SyntheticMarketOptions.CreateDefault(8);
        var market = new SyntheticMarket(options);
        foreach (var symbol in market.Symbols)
        {
            var tick = market.TickSize(symbol);
            var step = market.QuantityStep(symbol);
            var aggregator = new CandleAggregator(Timeframe.M1);
            var fromTicks = new List<Candle>();
            var previous = DateTime.MinValue;
            for (var i = 0; i < 30_000; i++)
            {
                var t = market.NextTick(symbol);
                if (t.Time < previous || t.Time.Kind != DateTimeKind.Utc)
                    Assert.Fail($"{symbol} tick {i} at {t.Time:O} goes back or is not UTC");
                if (t.Price <= 0 || t.Price % tick != 0)
                    Assert.Fail($"{symbol} price {t.Price} is not positive on the {tick} grid");
                if (t.Quantity < step || t.Quantity % step != 0)
                    Assert.Fail($"{symbol} quantity {t.Quantity} is not a positive multiple of {step}");
                previous = t.Time;
                if (aggregator.Add(t, out var closed))
                    fromTicks.Add(closed);
            }

            var generated = market.GenerateCandles(symbol, market.Start, fromTicks[^1].OpenTime.AddMinutes(1)).ToDictionary(c => c.OpenTime);
            foreach (var c in fromTicks)
            {
                if (!(c.Low > 0 && c.Low <= Math.Min(c.Open, c.Close) && c.High >= Math.Max(c.Open, c.Close)))
                    Assert.Fail($"{symbol} inconsistent OHLC: {c}");
                // The last trade of a minute comes a moment before the minute's close on the same path.
                var close = generated[c.OpenTime].Close;
                if (Math.Abs(c.Close - close) > close * 0.005m)
                    Assert.Fail($"{symbol} {c.OpenTime:O}: ticks close {c.Close}, candle close {close}");
            }
        }
    }

    [Fact]
    public void NextTick_TimestampsAdvanceByAboutTheConfiguredMeanInterval()
    {
        var options = SyntheticMarketOptions.CreateDefault(3);
        options.MeanTickInterval = TimeSpan.FromSeconds(2);
        var market = new SyntheticMarket(options);

        var ticks = Ticks(market, Eth, 86_400); // about four days: whole days average out the time-of-day swing
        var meanGap = (ticks[^1].Time - market.Start).TotalSeconds / ticks.Length;

        Assert.InRange(meanGap, 1.6, 2.4);
    }
}
