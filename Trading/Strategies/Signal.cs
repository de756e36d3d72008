using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Strategies;

/// <summary>A strategy's decision at the close of a bar: which way, how sure, where it is wrong and where it pays.</summary>
/// <param name="Time">Close time of the bar the decision was made on (UTC); no fill may happen before it.</param>
/// <param name="Confidence">0..1.</param>
/// <param name="Targets">Take-profit levels, nearest first.</param>
public sealed record Signal(
    string Strategy,
    Symbol Symbol,
    DateTime Time,
    Side Side,
    double Confidence,
    decimal Entry,
    decimal Stop,
    IReadOnlyList<decimal> Targets,
    string Reason);
