using System.Globalization;
using System.Text.Json;
using SmartMarket.Api.Auth;
using SmartMarket.Grains.Market;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Smc;

namespace Api.Tests;

public sealed class SymbolHistoryTests
{
    private const string Candles = """
        query($tf: String!, $from: DateTime, $to: DateTime, $last: Int) {
          symbol(ticker: "BTCUSDT") { candles(timeframe: $tf, from: $from, to: $to, last: $last) { timeframe openTime open high low close volume } }
        }
        """;

    [Fact]
    public async Task Candles_AfterTrades_ReturnTheClosedOnesOldestFirst_AndSliceByRangeAndLast()
    {
        await using var host = await ApiHost.StartAsync();
        var viewer = host.Store.CreateToken("victor", ApiRole.Viewer);
        // Minute 0: 100, 102, 99; minute 1: 101, 105; minute 2: 104; the trade at 3:05 closes minute 2.
        foreach (var (second, price) in new[] { (0, 100m), (30, 102m), (45, 99m), (61, 101m), (90, 105m), (125, 104m), (185, 106m) })
            await host.TradeAsync("BTCUSDT", second, price);

        var all = await CandlesAsync(host, viewer, new { tf = "1m" });
        Assert.Equal(3, all.Length);
        AssertCandle(all[0], ApiHost.T0, 100m, 102m, 99m, 99m, 3m);
        AssertCandle(all[1], ApiHost.T0.AddMinutes(1), 101m, 105m, 101m, 105m, 2m);
        AssertCandle(all[2], ApiHost.T0.AddMinutes(2), 104m, 104m, 104m, 104m, 1m);

        var lastTwo = await CandlesAsync(host, viewer, new { tf = "1m", last = 2 });
        Assert.Equal([ApiHost.T0.AddMinutes(1), ApiHost.T0.AddMinutes(2)], OpenTimes(lastTwo));
        var middle = await CandlesAsync(host, viewer, new { tf = "1m", from = ApiHost.T0.AddMinutes(1), to = ApiHost.T0.AddMinutes(2) });
        Assert.Equal([ApiHost.T0.AddMinutes(1)], OpenTimes(middle));
        Assert.Empty(await CandlesAsync(host, viewer, new { tf = "5m" }));
    }

    [Fact]
    public async Task Candles_WithAnUnpublishedTimeframe_IsBadInputNamingTimeframe()
    {
        await using var host = await ApiHost.StartAsync();
        var viewer = host.Store.CreateToken("victor", ApiRole.Viewer);
        var (_, body) = await host.PostAsync(viewer, Candles, new { tf = "30m" });
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("timeframe", error.GetProperty("extensions").GetProperty("field").GetString());
    }

    [Fact]
    public async Task Structure_AfterAReplayedDayAndAHalf_ListsWhatAnAnalyzerOfTheSameBarsFinds_AndThePreviousDaysLevels()
    {
        await using var host = await ApiHost.StartAsync();
        var viewer = host.Store.CreateToken("victor", ApiRole.Viewer);
        var bars = Zigzag(400);
        var grain = host.Grains.GetGrain<ISymbolGrain>("ETHUSDT");
        foreach (var bar in bars)
            await grain.OnCandleAsync(Timeframe.M5, bar);
        var log = new SmcEventLog();
        var analyzer = new SmcAnalyzer(new Symbol("ETHUSDT"), Timeframe.M5, sink: log);
        foreach (var bar in bars)
            analyzer.Update(bar);
        var expected = analyzer.Snapshot();

        var (_, body) = await host.PostAsync(viewer, """
            { symbol(ticker: "ETHUSDT") { structure {
                orderBlocks { id high low } fairValueGaps { id top bottom } structureEvents { kind level knownAt }
                dailyZones { kind price } } } }
            """);
        var structure = body.GetProperty("data").GetProperty("symbol").GetProperty("structure");

        var blocks = structure.GetProperty("orderBlocks").EnumerateArray().ToArray();
        Assert.Equal(expected.OrderBlocks.Count, blocks.Length);
        for (var i = 0; i < blocks.Length; i++)
        {
            Assert.Equal(expected.OrderBlocks[i].Id, blocks[i].GetProperty("id").GetInt64());
            Assert.Equal(expected.OrderBlocks[i].High, EndToEndTests.Dec(blocks[i], "high"));
        }
        Assert.Equal(expected.FairValueGaps.Count, structure.GetProperty("fairValueGaps").GetArrayLength());
        var events = structure.GetProperty("structureEvents").EnumerateArray().ToArray();
        Assert.NotEmpty(events);
        var breaks = log.Breaks.Skip(Math.Max(0, log.Breaks.Count - events.Length)).ToArray();
        Assert.Equal(breaks.Length, events.Length);
        for (var i = 0; i < events.Length; i++)
            Assert.Equal(breaks[i].Level, EndToEndTests.Dec(events[i], "level"));

        // The first UTC day is complete: its levels are its first open, extremes and last close, computed here by hand.
        var day = bars.Where(b => b.OpenTime < ApiHost.T0.AddDays(1)).ToArray();
        var zones = structure.GetProperty("dailyZones").EnumerateArray().ToDictionary(z => z.GetProperty("kind").GetString()!, z => EndToEndTests.Dec(z, "price"));
        Assert.Equal(day[0].Open, zones["open"]);
        Assert.Equal(day.Max(b => b.High), zones["high"]);
        Assert.Equal(day.Min(b => b.Low), zones["low"]);
        Assert.Equal(day[^1].Close, zones["close"]);
    }

    private static Candle[] Zigzag(int count)
    {
        var bars = new Candle[count];
        var open = 100m;
        for (var i = 0; i < count; i++)
        {
            var close = Math.Round(100m + (decimal)(10 * Math.Sin(i / 7.0)) + i * 0.05m, 2);
            bars[i] = new Candle(ApiHost.T0.AddMinutes(5 * i), open, Math.Max(open, close) + 0.5m, Math.Min(open, close) - 0.5m, close, 10m);
            open = close;
        }
        return bars;
    }

    private static async Task<JsonElement[]> CandlesAsync(ApiHost host, string token, object variables)
    {
        var (_, body) = await host.PostAsync(token, Candles, variables);
        Assert.False(body.TryGetProperty("errors", out _), body.GetRawText());
        return body.GetProperty("data").GetProperty("symbol").GetProperty("candles").EnumerateArray().ToArray();
    }

    private static DateTime[] OpenTimes(JsonElement[] candles) =>
        candles.Select(c => DateTime.Parse(c.GetProperty("openTime").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal)).ToArray();

    private static void AssertCandle(JsonElement c, DateTime open, decimal o, decimal h, decimal l, decimal close, decimal volume)
    {
        Assert.Equal("1m", c.GetProperty("timeframe").GetString());
        Assert.Equal(open, OpenTimes([c])[0]);
        Assert.Equal(o, EndToEndTests.Dec(c, "open"));
        Assert.Equal(h, EndToEndTests.Dec(c, "high"));
        Assert.Equal(l, EndToEndTests.Dec(c, "low"));
        Assert.Equal(close, EndToEndTests.Dec(c, "close"));
        Assert.Equal(volume, EndToEndTests.Dec(c, "volume"));
    }
}
