using System.Globalization;
using SmartMarket.Trading.MarketData;

namespace Trading.Tests.Smc;

/// <summary>Candle sequences for tests: hand-built bars, a seeded random walk and a tiny reader for the shared CSV files.</summary>
internal static class TestCandles
{
    public static readonly DateTime Start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Hourly candles from (open, high, low, close) rows, starting at <see cref="Start"/>.</summary>
    public static Candle[] Hourly(params (double Open, double High, double Low, double Close)[] rows)
    {
        var candles = new Candle[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var (o, h, l, c) = rows[i];
            candles[i] = new Candle(Start.AddHours(i), (decimal)o, (decimal)h, (decimal)l, (decimal)c, 10m);
        }
        return candles;
    }

    /// <summary>A seeded random walk of valid candles with two-decimal prices, one every <paramref name="timeframe"/>.</summary>
    public static Candle[] RandomWalk(int count, int seed, Timeframe timeframe = Timeframe.H1, decimal startPrice = 1000m)
    {
        var random = new Random(seed);
        var candles = new Candle[count];
        var price = startPrice;
        for (var i = 0; i < count; i++)
        {
            var open = price;
            var close = Math.Max(1m, Math.Round(open * (1m + (decimal)((random.NextDouble() - 0.5) * 0.02)), 2));
            var high = Math.Max(open, close) + Math.Round((decimal)random.NextDouble() * open * 0.005m, 2);
            var low = Math.Max(0.5m, Math.Min(open, close) - Math.Round((decimal)random.NextDouble() * open * 0.005m, 2));
            candles[i] = new Candle(Start + timeframe.Duration() * i, open, high, low, close, 1m + i % 7);
            price = close;
        }
        return candles;
    }

    /// <summary>Reads up to <paramref name="maxRows"/> rows of a shared-data candle file (header timestamp,open,high,low,close,volume).</summary>
    public static Candle[] ReadCsv(string fileName, int maxRows = int.MaxValue)
    {
        var candles = new List<Candle>();
        foreach (var line in File.ReadLines(SharedData.Path(fileName)).Skip(1))
        {
            if (candles.Count == maxRows)
                break;
            var f = line.Split(',');
            var time = DateTime.Parse(f[0], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            candles.Add(new Candle(
                DateTime.SpecifyKind(time, DateTimeKind.Utc),
                decimal.Parse(f[1], CultureInfo.InvariantCulture),
                decimal.Parse(f[2], CultureInfo.InvariantCulture),
                decimal.Parse(f[3], CultureInfo.InvariantCulture),
                decimal.Parse(f[4], CultureInfo.InvariantCulture),
                decimal.Parse(f[5], CultureInfo.InvariantCulture)));
        }
        return [.. candles];
    }

    /// <summary>A copy of <paramref name="candles"/> whose bars after <paramref name="keep"/> are replaced by a different valid walk.</summary>
    public static Candle[] WithFutureChanged(Candle[] candles, int keep, int seed)
    {
        var copy = (Candle[])candles.Clone();
        var random = new Random(seed);
        for (var i = keep + 1; i < copy.Length; i++)
        {
            var previous = copy[i - 1].Close;
            var close = Math.Max(1m, Math.Round(previous * (1m + (decimal)((random.NextDouble() - 0.5) * 0.06)), 2));
            var high = Math.Max(previous, close) * 1.01m;
            var low = Math.Min(previous, close) * 0.99m;
            copy[i] = copy[i] with { Open = previous, High = high, Low = low, Close = close };
        }
        return copy;
    }
}
