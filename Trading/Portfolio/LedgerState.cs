namespace SmartMarket.Trading.Portfolio;

/// <summary>
/// A ledger's accounting state: what <see cref="Ledger.Replay"/> must rebuild exactly. Mark prices are market data,
/// not accounting, and are left out. Two states are equal when every figure and every position is.
/// </summary>
/// <param name="Positions">Every symbol ever traded, flat ones included, ordered by ticker.</param>
public sealed record LedgerState(
    decimal Cash,
    decimal NetDeposits,
    decimal Fees,
    decimal RealizedPnl,
    long JournalLength,
    IReadOnlyList<PositionState> Positions)
{
    public bool Equals(LedgerState? other) =>
        other is not null
        && Cash == other.Cash
        && NetDeposits == other.NetDeposits
        && Fees == other.Fees
        && RealizedPnl == other.RealizedPnl
        && JournalLength == other.JournalLength
        && Positions.SequenceEqual(other.Positions);

    public override int GetHashCode() => HashCode.Combine(Cash, NetDeposits, Fees, RealizedPnl, JournalLength, Positions.Count);
}
