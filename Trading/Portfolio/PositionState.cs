using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Portfolio;

/// <summary>The accounting of one symbol, as plain data. See <see cref="Position"/> for the meaning of each field.</summary>
public sealed record PositionState(Symbol Symbol, decimal Quantity, decimal CostBasis, decimal RealizedPnl, decimal Fees);
