using System.Globalization;
using SmartMarket.Trading.MarketData;

namespace Trading.Tests.Analytics;

/// <summary>Reads the shared candle files (<c>timestamp,open,high,low,close,volume</c>) for tests on real data.</summary>
internal static class CandleCsv
{
    public static List<Candle> Read(string fileName)
    {
        var candles = new List<Candle>();
        foreach (var line in File.ReadLines(SharedData.Path(fileName)).Skip(1))
        {
            var f = line.Split(',');
            candles.Add(new Candle(
                DateTime.Parse(f[0], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                decimal.Parse(f[1], CultureInfo.InvariantCulture),
                decimal.Parse(f[2], CultureInfo.InvariantCulture),
                decimal.Parse(f[3], CultureInfo.InvariantCulture),
                decimal.Parse(f[4], CultureInfo.InvariantCulture),
                decimal.Parse(f[5], CultureInfo.InvariantCulture)));
        }
        return candles;
    }
}
