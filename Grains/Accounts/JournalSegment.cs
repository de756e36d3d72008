using SmartMarket.Trading.Analytics;

namespace SmartMarket.Grains.Accounts;

/// <summary>A sealed run of an account's journal records, stored once and never rewritten.</summary>
public sealed class JournalSegment
{
    /// <summary>The segment's records, in journal order.</summary>
    public List<AccountJournalRecord> Records { get; set; } = [];

    /// <summary>The equity samples saved with these records (<see cref="AccountState.Equity"/>).</summary>
    public List<EquityPoint> Equity { get; set; } = [];
}
