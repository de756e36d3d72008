using System.Text;
using SmartMarket.Trading.MarketData;

namespace Trading.Tests.MarketData;

public class CandleCsvReaderTests
{
    private const string Header = "timestamp,open,high,low,close,volume\n";

    private static Candle[] Read(string text)
    {
        using var reader = new CandleCsvReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test.csv");
        return reader.ReadToEnd();
    }

    [Fact]
    public void Read_WellFormedRows_ParsesExactDecimalsAndUtcTimes()
    {
        var candles = Read(Header
            + "2021-04-04T20:00:00Z,57953.86,58051.25,57826.16,58025.11,1240.209016\r\n"
            + "2021-04-04T21:00:00Z,0.00012,0.000125,0.0001,0.0001,0\n"
            + "2021-04-04T21:00:00.5Z,1,1,1,1,12345678901234567890.123");

        Assert.Equal(3, candles.Length);
        Assert.Equal(new Candle(new DateTime(2021, 4, 4, 20, 0, 0, DateTimeKind.Utc), 57953.86m, 58051.25m, 57826.16m, 58025.11m, 1240.209016m), candles[0]);
        Assert.Equal(DateTimeKind.Utc, candles[0].OpenTime.Kind);
        Assert.Equal(new Candle(new DateTime(2021, 4, 4, 21, 0, 0, DateTimeKind.Utc), 0.00012m, 0.000125m, 0.0001m, 0.0001m, 0m), candles[1]);
        Assert.Equal(new DateTime(2021, 4, 4, 21, 0, 0, 500, DateTimeKind.Utc), candles[2].OpenTime);
        Assert.Equal(12345678901234567890.123m, candles[2].Volume);
    }

    [Fact]
    public void Read_WithByteOrderMarkAndNoRows_ReturnsNothing() =>
        Assert.Empty(Read("\uFEFF" + Header));

    [Theory]
    [InlineData("2021-01-01T00:00:00Z,1,2,1,2", 2, "expected 6 columns")]
    [InlineData("2021-01-01T00:00:00Z,1,2,1,2,3,4", 2, "found 7")]
    [InlineData("2021-01-01 00:00:00,1,2,1,2,3", 2, "timestamp '2021-01-01 00:00:00' is not")]
    [InlineData("2021-02-30T00:00:00Z,1,2,1,2,3", 2, "timestamp")]
    [InlineData("2021-01-01T00:00:00Z,1,2,1,2,3\n2021-01-01T00:00:00Z,1,2,1,2,3", 3, "repeats the previous timestamp")]
    [InlineData("2021-01-01T01:00:00Z,1,2,1,2,3\n2021-01-01T00:00:00Z,1,2,1,2,3", 3, "earlier than the previous")]
    [InlineData("2021-01-01T00:00:00Z,NaN,2,1,2,3", 2, "open is NaN")]
    [InlineData("2021-01-01T00:00:00Z,1,2,1,nan,3", 2, "close is NaN")]
    [InlineData("2021-01-01T00:00:00Z,-1,2,1,2,3", 2, "open must be positive but is -1")]
    [InlineData("2021-01-01T00:00:00Z,1,2,0,2,3", 2, "low must be positive but is 0")]
    [InlineData("2021-01-01T00:00:00Z,1.5,1,2,1.5,3", 2, "high 1 is below low 2")]
    [InlineData("2021-01-01T00:00:00Z,3,2,1,2,3", 2, "open 3 is outside [low, high] = [1, 2]")]
    [InlineData("2021-01-01T00:00:00Z,1,2,1,0.5,3", 2, "close 0.5 is outside")]
    [InlineData("2021-01-01T00:00:00Z,1,2,1,2,-0.1", 2, "volume -0.1 is negative")]
    [InlineData("2021-01-01T00:00:00Z,1,2e3,1,2,3", 2, "high '2e3' is not a plain decimal")]
    [InlineData("2021-01-01T00:00:00Z,1,2,1,2,", 2, "volume is missing")]
    [InlineData("2021-01-01T00:00:00Z,1,2,1,2,3\n\n2021-01-01T02:00:00Z,1,2,1,2,3", 3, "the line is empty")]
    public void Read_WithBadRow_ThrowsNamingFileLineAndReason(string rows, int line, string reason)
    {
        var error = Assert.Throws<CandleFormatException>(() => Read(Header + rows));

        Assert.Equal("test.csv", error.FilePath);
        Assert.Equal(line, error.LineNumber);
        Assert.Contains(reason, error.Reason);
        Assert.StartsWith($"test.csv, line {line}: ", error.Message);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("time,open,high,low,close,volume\n", "header must be")]
    [InlineData("timestamp,open,high,low,close\n", "header must be")]
    public void Read_WithWrongHeader_ThrowsAtLineOne(string text, string reason)
    {
        var error = Assert.Throws<CandleFormatException>(() => Read(text));
        Assert.Equal(1, error.LineNumber);
        Assert.Contains(reason, error.Reason);
    }

    [Fact]
    public void Read_RowsLongerThanTheBuffer_AreStillParsed()
    {
        // 70,000-digit fractions overflow the 64 KiB read buffer and force it to grow.
        var longZeros = new string('0', 70_000);
        var candles = Read(Header + $"2021-01-01T00:00:00Z,1.{longZeros},2,1,2,3\n2021-01-01T00:01:00Z,1,2,1,2,4\n");

        Assert.Equal(2, candles.Length);
        Assert.Equal(1m, candles[0].Open);
        Assert.Equal(4m, candles[1].Volume);
    }

    [Fact]
    public void Read_ManyRowsAcrossBufferBoundaries_ReadsEveryRow()
    {
        var text = new StringBuilder(Header);
        var start = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 5000; i++)
            text.Append($"{start.AddMinutes(i):yyyy-MM-dd'T'HH:mm:ss'Z'},{i + 1}.5,{i + 2},{i + 1},{i + 1.25m},{i}\n");

        var candles = Read(text.ToString());

        Assert.Equal(5000, candles.Length);
        for (var i = 0; i < candles.Length; i++)
            Assert.Equal(new Candle(start.AddMinutes(i), i + 1.5m, i + 2m, i + 1m, i + 1.25m, i), candles[i]);
    }

    [Fact]
    public void Read_FromAMissingFile_ThrowsFileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => CandleCsvReader.ReadAll(Path.Combine(Path.GetTempPath(), "no-such-candles-file.csv")));
}
