using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Synthetic;

namespace Benchmarks.Backtest;

/// <summary>The 1m candles the backtest benchmarks run on: the real BTCUSDT-1m file when present, else synthetic 1m bars.</summary>
public static class BenchmarkCandles
{
    /// <summary>The symbol the candles belong to.</summary>
    public static readonly Symbol Symbol = new("BTCUSDT");

    /// <summary>Loads the candles and says where they came from.</summary>
    public static (Candle[] Candles, string Source) Load()
    {
        var file = SharedData.Path("BTCUSDT-1m.csv");
        if (File.Exists(file))
            return (CandleCsvReader.ReadAll(file), "BTCUSDT-1m.csv (real)");
        var market = new SyntheticMarket(SyntheticMarketOptions.CreateDefault(seed: 7));
        var candles = market.GenerateCandles(Symbol, market.Start, market.Start.AddDays(104));
        return (candles, "synthetic BTCUSDT 1m, seed 7");
    }
}
