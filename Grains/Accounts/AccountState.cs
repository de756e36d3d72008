using SmartMarket.Trading.Analytics;
using SmartMarket.Trading.Execution;
using SmartMarket.Trading.Risk;

namespace SmartMarket.Grains.Accounts;

/// <summary>
/// An account's head record: the journal's open tail, the paper venue's working orders and how many sealed journal
/// segments precede the tail. The tail and the venue are written together in one record, so a crash never separates a
/// fill from the order it filled; sealed segments never change, so a write costs the tail, not the whole journal.
/// </summary>
public sealed class AccountState
{
    /// <summary>Journal records after the sealed segments, in order.</summary>
    public List<AccountJournalRecord> Journal { get; set; } = [];

    /// <summary>Sealed segments (<see cref="JournalSegment"/>, states <c>journal-0</c>, <c>journal-1</c>, ...) before <see cref="Journal"/>.</summary>
    public int Segments { get; set; }

    /// <summary>The paper venue's books and working orders as of the last write; null before the first order.</summary>
    public ExecutionSimulatorState? Venue { get; set; }

    /// <summary>
    /// The risk gates as of the last write: a restart keeps a latched kill switch and the day's loss. Every decision that
    /// relied on them was journaled in the same write. Null before the first write (and in journals older than this field).
    /// </summary>
    public RiskGateState? Risk { get; set; }

    /// <summary>
    /// Per-minute equity samples taken or changed since the last seal, in order (a sample of a minute already listed
    /// replaces it). Sealed segments hold the earlier ones; activation feeds them all back to the account's history.
    /// </summary>
    public List<EquityPoint> Equity { get; set; } = [];

    /// <summary>Strategy id to the symbol it trades: the strategies an emergency stop halts.</summary>
    public Dictionary<string, string> Strategies { get; set; } = [];
}
