using SmartMarket.Trading.Execution;

namespace SmartMarket.Grains.Accounts;

/// <summary>
/// An account's stored state: the journal (the truth the ledger is rebuilt from) and the paper venue's working orders,
/// written together in one record so a crash never separates a fill from the order it filled.
/// </summary>
public sealed class AccountState
{
    public List<AccountJournalRecord> Journal { get; set; } = [];

    /// <summary>The paper venue's books and working orders as of the last write; null before the first order.</summary>
    public ExecutionSimulatorState? Venue { get; set; }

    /// <summary>Strategy id to the symbol it trades: the strategies an emergency stop halts.</summary>
    public Dictionary<string, string> Strategies { get; set; } = [];
}
