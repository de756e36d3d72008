using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Synthetic;

namespace Trading.Tests.Synthetic;

public class SyntheticCandleTests
{
    private static readonly SyntheticMarket Market = new(SyntheticMarketOptions.CreateDefault(seed: 2024));
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly Symbol Ada = new("ADAUSDT");

    [Fact]
    public void GenerateCandles_WithTheSameSeed_GivesIdenticalCandles()
    {
        var other = new SyntheticMarket(SyntheticMarketOptions.CreateDefault(seed: 2024));
        var to = Market.Start.AddDays(2);

        Assert.Equal(Market.GenerateCandles(Ada, Market.Start, to), other.GenerateCandles(Ada, other.Start, to));
    }

    [Fact]
    public void GenerateCandles_WithAnotherSeed_GivesDifferentPrices()
    {
        var other = new SyntheticMarket(SyntheticMarketOptions.CreateDefault(seed: 2025));
        var to = Market.Start.AddHours(3);

        var mine = Market.GenerateCandles(Btc, Market.Start, to).Select(c => c.Close).ToArray();
        var theirs = other.GenerateCandles(Btc, other.Start, to).Select(c => c.Close).ToArray();

        Assert.True(mine.Zip(theirs).Count(p => p.First != p.Second) > 170);
    }

    [Fact]
    public void GenerateCandles_ForALaterRange_AgreesWithTheSameMinutesOfALongerRun()
    {
        var whole = Market.GenerateCandles(Btc, Market.Start, Market.Start.AddHours(10));
        var part = Market.GenerateCandles(Btc, Market.Start.AddHours(6), Market.Start.AddHours(8));

        Assert.Equal(whole[360..480], part);
        Assert.Equal(part, Market.StreamCandles(Btc, Market.Start.AddHours(6), Market.Start.AddHours(8)).ToArray());
    }

    [Fact]
    public void GenerateCandles_AreConsecutiveValidMinutesOnEachSymbolsGrids()
    {
        foreach (var symbol in Market.Symbols)
        {
            var tick = Market.TickSize(symbol);
            var step = Market.QuantityStep(symbol);
            var candles = Market.GenerateCandles(symbol, Market.Start, Market.Start.AddDays(20));
            Assert.Equal(20 * 1440, candles.Length);
            for (var i = 0; i < candles.Length; i++)
            {
                var c = candles[i];
                // Messages are built only on failure: formatting 100,000 candles would dominate the test's time.
                if (c.OpenTime != Market.Start.AddMinutes(i) || c.OpenTime.Kind != DateTimeKind.Utc)
                    Assert.Fail($"{symbol} candle {i} opens at {c.OpenTime:O}");
                if (!(c.Low > 0 && c.Low <= c.Open && c.Low <= c.Close && c.High >= c.Open && c.High >= c.Close))
                    Assert.Fail($"{symbol} inconsistent OHLC: {c}");
                if (c.Open % tick != 0 || c.High % tick != 0 || c.Low % tick != 0 || c.Close % tick != 0)
                    Assert.Fail($"{symbol} off the {tick} grid: {c}");
                if (c.Volume < 0 || c.Volume % step != 0)
                    Assert.Fail($"{symbol} volume {c.Volume} is negative or off the {step} grid");
                if (i > 0 && candles[i - 1].Close != c.Open)
                    Assert.Fail($"{symbol} candle {i} does not open at the previous close");
            }
        }
    }

    [Fact]
    public void GenerateCandles_StartNearTheConfiguredPrices()
    {
        var first = Market.Symbols.Select(s => Market.GenerateCandles(s, Market.Start, Market.Start.AddMinutes(1))[0].Open).ToArray();
        Assert.Equal([60_000m, 3_000m, 150m, 0.5m], first);
    }

    [Fact]
    public void GenerateCandles_WithBadArguments_ThrowsNamingThem()
    {
        Assert.Equal("from", Assert.Throws<ArgumentOutOfRangeException>(() => Market.GenerateCandles(Btc, Market.Start.AddDays(-1), Market.Start)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => Market.GenerateCandles(Btc, Market.Start.AddDays(1), Market.Start)).ParamName);
        Assert.Equal("symbol", Assert.Throws<ArgumentException>(() => Market.GenerateCandles(new Symbol("XRPUSDT"), Market.Start, Market.Start)).ParamName);
    }
}
