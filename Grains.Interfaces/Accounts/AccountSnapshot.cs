namespace SmartMarket.Grains.Accounts;

/// <summary>An account's figures now.</summary>
/// <param name="AccountId">The key.</param>
/// <param name="Cash">Cash after fills and fees.</param>
/// <param name="Equity">Cash plus positions at their last prices.</param>
/// <param name="RealizedPnl">Realized profit and loss, before fees.</param>
/// <param name="Fees">Fees paid.</param>
/// <param name="Positions">Open positions.</param>
/// <param name="Orders">Orders accepted by the venue, over the account's life.</param>
/// <param name="Fills">Fills, over the account's life.</param>
/// <param name="OpenOrders">Orders waiting on the venue.</param>
/// <param name="Halted">True after an emergency stop.</param>
/// <param name="LastEventTime">Market time of the last journal record (UTC); <see cref="DateTime.MinValue"/> when empty.</param>
/// <param name="RecentFills">The last few fills, newest last.</param>
public sealed record AccountSnapshot(
    string AccountId,
    decimal Cash,
    decimal Equity,
    decimal RealizedPnl,
    decimal Fees,
    IReadOnlyList<PositionView> Positions,
    int Orders,
    int Fills,
    int OpenOrders,
    bool Halted,
    DateTime LastEventTime,
    IReadOnlyList<AccountJournalRecord> RecentFills);
