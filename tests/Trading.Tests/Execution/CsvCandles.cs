using System.Globalization;
using SmartMarket.Trading.MarketData;

namespace Trading.Tests.Execution;

/// <summary>Reads the shared <c>timestamp,open,high,low,close,volume</c> files.</summary>
internal static class CsvCandles
{
    public static Candle[] Load(string fileName, int maxRows)
    {
        var rows = new List<Candle>();
        foreach (var line in File.ReadLines(SharedData.Path(fileName)).Skip(1))
        {
            if (rows.Count == maxRows)
                break;
            var f = line.Split(',');
            var time = DateTime.Parse(f[0], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            rows.Add(new Candle(time, D(f[1]), D(f[2]), D(f[3]), D(f[4]), D(f[5])));
        }
        return [.. rows];
    }

    private static decimal D(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
