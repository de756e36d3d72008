using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Backtesting;

/// <summary>One symbol's share of a backtest.</summary>
/// <param name="Candles">Data candles processed.</param>
/// <param name="Signals">Signals the strategy emitted.</param>
/// <param name="Orders">Entry orders sent.</param>
/// <param name="RiskRejections">Signals a risk rule refused.</param>
/// <param name="Skipped">Signals not traded because the symbol was held or had a working entry.</param>
/// <param name="NetProfit">Sum of closed trades' profit after fees.</param>
/// <param name="OpenQuantity">Position still open at the end (signed), valued in the final equity.</param>
/// <param name="BuyAndHoldReturn">First close to last close.</param>
public sealed record SymbolResult(
    Symbol Symbol,
    Timeframe Timeframe,
    DateTime Start,
    DateTime End,
    long Candles,
    int Signals,
    int Orders,
    int RiskRejections,
    int Skipped,
    int Trades,
    int Wins,
    decimal NetProfit,
    decimal OpenQuantity,
    double BuyAndHoldReturn);
