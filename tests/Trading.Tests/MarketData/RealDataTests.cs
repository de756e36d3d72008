using System.Globalization;
using SmartMarket.Trading.MarketData;

namespace Trading.Tests.MarketData;

/// <summary>The real exchange files in the shared data folder, checked against the facts its README states.</summary>
public class RealDataTests
{
    [Theory]
    [InlineData("BTCUSDT-1h.csv", 23_987, "2021-04-04T20:00:00Z", "2023-12-30T18:00:00Z")]
    [InlineData("ETHUSDT-1h.csv", 23_988, "2021-04-04T20:00:00Z", "2023-12-30T19:00:00Z")]
    [InlineData("SOLUSDT-1h.csv", 23_987, "2021-04-04T21:00:00Z", "2023-12-30T19:00:00Z")]
    [InlineData("ADAUSDT-1h.csv", 23_987, "2021-04-04T21:00:00Z", "2023-12-30T19:00:00Z")]
    [InlineData("BTCUSDT-1m.csv", 150_000, "2021-03-26T03:00:00Z", "2023-09-29T20:19:00Z")]
    [InlineData("ETHUSDT-1m.csv", 150_000, "2021-08-09T03:00:00Z", "2023-11-10T20:19:00Z")]
    [InlineData("FTXBTCPERP-1m.csv", 45_031, "2021-12-31T23:00:00Z", "2022-02-01T05:30:00Z")]
    public void ReadAll_OnEachRealFile_ReadsTheDocumentedRowsAndRange(string file, int rows, string first, string last)
    {
        var candles = CandleCsvReader.ReadAll(SharedData.Path(file));

        Assert.Equal(rows, candles.Length);
        Assert.Equal(Utc(first), candles[0].OpenTime);
        Assert.Equal(Utc(last), candles[^1].OpenTime);
    }

    [Theory]
    [InlineData("BTCUSDT-1h.csv")]
    [InlineData("ETHUSDT-1h.csv")]
    [InlineData("SOLUSDT-1h.csv")]
    [InlineData("ADAUSDT-1h.csv")]
    public void HourlyFiles_HaveTheDocumentedTwelveMissingBarsInFiveGaps(string file)
    {
        var candles = CandleCsvReader.ReadAll(SharedData.Path(file));
        int gaps = 0, missing = 0;
        for (var i = 1; i < candles.Length; i++)
        {
            var step = (int)(candles[i].OpenTime - candles[i - 1].OpenTime).TotalHours;
            if (step > 1)
            {
                gaps++;
                missing += step - 1;
            }
        }
        Assert.Equal((5, 12), (gaps, missing));
    }

    [Fact]
    public void Read_StreamsTheSameCandlesAsReadAll()
    {
        var path = SharedData.Path("SOLUSDT-1h.csv");
        Assert.Equal(CandleCsvReader.ReadAll(path), CandleCsvReader.Read(path).ToArray());
    }

    [Theory]
    [InlineData("BTCUSDT", 2_265, new[] { "2021-04-30T03:00:00Z", "2022-07-19T20:00:00Z", "2023-09-29T20:00:00Z" })]
    [InlineData("ETHUSDT", 2_498, new[] { "2021-09-13T00:00:00Z", "2023-01-04T20:00:00Z", "2023-11-10T20:00:00Z" })]
    public void MinuteFile_ResampledToHours_EqualsTheHourlyFileOnOverlappingHours(string symbol, int fullHours, string[] segmentEnds)
    {
        var minutes = CandleCsvReader.ReadAll(SharedData.Path($"{symbol}-1m.csv"));
        var hourly = CandleCsvReader.ReadAll(SharedData.Path($"{symbol}-1h.csv")).ToDictionary(c => c.OpenTime);
        var minutesPerHour = minutes.GroupBy(c => c.OpenTime.Date.AddHours(c.OpenTime.Hour)).ToDictionary(g => g.Key, g => g.Count());

        var resampled = CandleResampler.Resample(minutes, Timeframe.M1, Timeframe.H1).Where(c => hourly.ContainsKey(c.OpenTime)).ToList();

        // Hours where all 60 minutes exist are the README's overlap; they must agree exactly.
        var complete = resampled.Where(c => minutesPerHour[c.OpenTime] == 60).ToList();
        Assert.Equal(fullHours, complete.Count);
        Assert.All(complete, c => Assert.Equal(hourly[c.OpenTime], c));
        // Hours with exchange downtime inside agree as well; only the hours cut off where a 1m segment ends differ.
        // The file's final, cut-off hour is still waiting for minutes when the data ends, so it is never emitted.
        var differing = resampled.Where(c => hourly[c.OpenTime] != c).Select(c => c.OpenTime).ToArray();
        Assert.Equal(segmentEnds[..2].Select(Utc), differing);
        Assert.Equal(Utc(segmentEnds[2]).AddHours(-1), resampled[^1].OpenTime);
    }

    [Fact]
    public void RealTrades_AggregatedToMinutes_MatchGroupingByHand()
    {
        var lines = File.ReadLines(SharedData.Path("BTCUSDT-PERP-trades.csv")).Skip(1).ToArray();
        var ticks = lines.Select(line =>
        {
            var f = line.Split(',');
            return new Tick(Utc(f[0]), decimal.Parse(f[2], CultureInfo.InvariantCulture), decimal.Parse(f[3], CultureInfo.InvariantCulture),
                f[4] == "buy" ? Side.Buy : Side.Sell);
        }).ToArray();

        var aggregator = new CandleAggregator(Timeframe.M1);
        var actual = new List<Candle>();
        foreach (var tick in ticks)
        {
            if (aggregator.Add(tick, out var closed))
                actual.Add(closed);
        }
        Assert.True(aggregator.CloseAt(ticks[^1].Time.AddMinutes(1), out var last));
        actual.Add(last);

        var expected = ticks
            .GroupBy(t => new DateTime(t.Time.Year, t.Time.Month, t.Time.Day, t.Time.Hour, t.Time.Minute, 0, DateTimeKind.Utc))
            .Select(g => new Candle(g.Key, g.First().Price, g.Max(t => t.Price), g.Min(t => t.Price), g.Last().Price, g.Sum(t => t.Quantity)))
            .ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(126, actual.Count); // 00:00 to 02:05 inclusive, trades in every minute
    }

    private static DateTime Utc(string iso) =>
        DateTime.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
