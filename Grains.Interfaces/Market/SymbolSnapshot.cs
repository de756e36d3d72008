using SmartMarket.Trading.Smc;

namespace SmartMarket.Grains.Market;

/// <summary>What a symbol grain knows now: last trade, the 1m indicators and the SMC structure of its analysis timeframe.</summary>
/// <param name="Symbol">The ticker.</param>
/// <param name="LastPrice">Price of the last trade; 0 before the first.</param>
/// <param name="LastTime">Time of the last trade (UTC).</param>
/// <param name="Ticks">Trades taken since activation.</param>
/// <param name="ClosedCandles">Candles closed since activation, all timeframes together.</param>
/// <param name="Ema">EMA(20) of 1m closes, NaN until ready.</param>
/// <param name="Rsi">RSI(14) of 1m closes, NaN until ready.</param>
/// <param name="Trend">SMC trend of the analysis timeframe: "bullish", "bearish" or "none".</param>
/// <param name="ActiveOrderBlocks">Unmitigated order blocks on the analysis timeframe.</param>
/// <param name="OpenFairValueGaps">Unfilled fair value gaps on the analysis timeframe.</param>
/// <param name="Smc">The analysis timeframe's full SMC state (order blocks, gaps, previous day's levels); null when not taken.</param>
/// <param name="StructureEvents">The latest structure breaks, oldest first; null when not taken.</param>
public sealed record SymbolSnapshot(
    string Symbol,
    decimal LastPrice,
    DateTime LastTime,
    long Ticks,
    long ClosedCandles,
    double Ema,
    double Rsi,
    string Trend,
    int ActiveOrderBlocks,
    int OpenFairValueGaps,
    SmcSnapshot? Smc = null,
    IReadOnlyList<StructureBreak>? StructureEvents = null);
