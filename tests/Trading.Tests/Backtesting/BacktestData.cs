using SmartMarket.Trading.Backtesting;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Synthetic;

namespace Trading.Tests.Backtesting;

/// <summary>Candles the backtest tests share, loaded once.</summary>
internal static class BacktestData
{
    private static readonly Lazy<SymbolSeries> BtcHourly = new(() => Load("BTCUSDT"));
    private static readonly Lazy<SymbolSeries> EthHourly = new(() => Load("ETHUSDT"));
    private static readonly Lazy<SymbolSeries> SyntheticMinutes = new(() =>
    {
        var market = new SyntheticMarket(SyntheticMarketOptions.CreateDefault(seed: 42));
        var symbol = new Symbol("BTCUSDT");
        return new SymbolSeries(symbol, Timeframe.M1, market.GenerateCandles(symbol, market.Start, market.Start.AddDays(90)));
    });

    /// <summary>The four strategy names.</summary>
    public static TheoryData<string> Strategies => ["smc-order-block", "daily-ohlc-zone", "mtf-trend", "mean-reversion"];

    /// <summary>Real BTCUSDT 1h candles from the shared data folder.</summary>
    public static SymbolSeries Btc => BtcHourly.Value;

    /// <summary>Real ETHUSDT 1h candles from the shared data folder.</summary>
    public static SymbolSeries Eth => EthHourly.Value;

    /// <summary>90 days of synthetic BTCUSDT 1m candles, seed 42.</summary>
    public static SymbolSeries Synthetic => SyntheticMinutes.Value;

    /// <summary>The real series of <paramref name="ticker"/>.</summary>
    public static SymbolSeries Real(string ticker) => ticker == "BTCUSDT" ? Btc : Eth;

    private static SymbolSeries Load(string ticker) =>
        new(new Symbol(ticker), Timeframe.H1, CandleCsvReader.ReadAll(SharedData.Path($"{ticker}-1h.csv")));
}
