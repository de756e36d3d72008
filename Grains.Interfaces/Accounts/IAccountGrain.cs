using VirtualActors;

namespace SmartMarket.Grains.Accounts;

/// <summary>
/// One paper trading account, keyed by its id: risk checks, sizing, orders on the paper venue, fills and P&amp;L.
/// Every command, order and fill is written to the account's journal in storage before the call answers.
/// </summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Opens the account with a first deposit; a second call with any amount changes nothing.</summary>
    Task OpenAsync(decimal initialCash);

    /// <summary>Places a market order; a repeated client order id is answered with the first result and never executes twice.</summary>
    Task<OrderResult> PlaceOrderAsync(PlaceOrder command);

    /// <summary>Registers a strategy whose signals this account trades (and which an emergency stop halts).</summary>
    Task AttachStrategyAsync(string strategyId, string symbol);

    /// <summary>Cancels open orders, flattens every position at the last price, halts the strategies and refuses new orders.</summary>
    Task<EmergencyStopResult> EmergencyStopAsync(string reason);

    /// <summary>Cash, equity, positions, counters and the last fills.</summary>
    Task<AccountSnapshot> GetSnapshotAsync();

    /// <summary>The whole journal, in order.</summary>
    Task<IReadOnlyList<AccountJournalRecord>> GetJournalAsync();
}
