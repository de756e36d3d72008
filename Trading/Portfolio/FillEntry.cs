using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;

namespace SmartMarket.Trading.Portfolio;

/// <summary>A trade: <see cref="Quantity"/> of <see cref="Symbol"/> bought or sold at <see cref="Price"/>, paying <see cref="Fee"/> in quote currency.</summary>
public sealed record FillEntry(
    long Sequence,
    DateTime Time,
    Symbol Symbol,
    Side Side,
    decimal Quantity,
    decimal Price,
    decimal Fee,
    OrderId? OrderId) : JournalEntry(Sequence, Time);
