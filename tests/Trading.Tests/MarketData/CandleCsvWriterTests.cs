using System.Text;
using SmartMarket.Trading.MarketData;

namespace Trading.Tests.MarketData;

public class CandleCsvWriterTests
{
    private static readonly DateTime T0 = new(2023, 3, 24, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Write_ProducesTheDocumentedFormat()
    {
        var stream = new MemoryStream();
        using (var writer = new CandleCsvWriter(stream, leaveOpen: true))
        {
            writer.Write(new Candle(T0, 27000.5m, 27010m, 26990.01m, 27001m, 12.000345m));
            writer.Write(new Candle(T0.AddHours(1).AddMilliseconds(250), 1m, 1m, 1m, 1m, 0m));
        }

        Assert.Equal(
            "timestamp,open,high,low,close,volume\n"
            + "2023-03-24T12:00:00Z,27000.5,27010,26990.01,27001,12.000345\n"
            + "2023-03-24T13:00:00.25Z,1,1,1,1,0\n",
            Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void WriteAll_ThenReadAll_RoundTripsEveryCandle()
    {
        var random = new Random(9);
        var candles = Enumerable.Range(0, 20_000).Select(i =>
        {
            var low = 0.0001m + random.Next(1, 1_000_000) / 100m;
            var high = low + random.Next(0, 10_000) / 1000m;
            return new Candle(T0.AddMinutes(i * 3), low, high, low, high, random.Next(0, 99999) / 7m);
        }).ToArray();
        var path = Path.Combine(Path.GetTempPath(), $"candles-roundtrip-{Environment.ProcessId}.csv");
        try
        {
            CandleCsvWriter.WriteAll(path, candles);
            Assert.Equal(candles, CandleCsvReader.ReadAll(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Write_WithOutOfOrderOrInvalidCandle_ThrowsAndWritesNothing()
    {
        var stream = new MemoryStream();
        using var writer = new CandleCsvWriter(stream, leaveOpen: true);
        writer.Write(new Candle(T0, 1m, 2m, 1m, 2m, 1m));

        Assert.Equal("candle", Assert.Throws<ArgumentException>(() => writer.Write(new Candle(T0, 1m, 2m, 1m, 2m, 1m))).ParamName);
        Assert.Contains("below low", Assert.Throws<ArgumentException>(() => writer.Write(new Candle(T0.AddHours(1), 1m, 0.5m, 1m, 1m, 1m))).Message);
        Assert.Contains("volume", Assert.Throws<ArgumentException>(() => writer.Write(new Candle(T0.AddHours(1), 1m, 2m, 1m, 2m, -1m))).Message);
        writer.Flush();

        Assert.Equal(2, Encoding.UTF8.GetString(stream.ToArray()).Count(c => c == '\n'));
    }
}
