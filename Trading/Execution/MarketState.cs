using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Execution;

/// <summary>The simulator's view of one symbol: its net position from the simulator's fills and its recent prices.</summary>
/// <param name="Position">Signed base quantity: positive long, negative short.</param>
/// <param name="LastTime">Open time of the last bar, or time of the last price, processed (UTC).</param>
/// <param name="LastPrice">Last close or price; null before the first.</param>
/// <param name="Atr">Wilder ATR over the bars so far (a simple mean until <see cref="ExecutionSimulatorOptions.AtrPeriod"/> bars).</param>
public sealed record MarketState(
    Symbol Symbol,
    decimal Position,
    DateTime LastTime,
    decimal? LastPrice,
    double Atr,
    int AtrSamples,
    double PreviousClose);
