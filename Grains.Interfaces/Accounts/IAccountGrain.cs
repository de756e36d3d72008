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

    /// <summary>Places an order of any venue type; a repeated client order id is answered with the first result and never executes twice.</summary>
    Task<OrderResult> PlaceOrderAsync(PlaceOrder command);

    /// <summary>Cancels a working order (journaled before answering); for a finished or unknown order it says so and changes nothing.</summary>
    Task<CancelOrderResult> CancelOrderAsync(string clientOrderId);

    /// <summary>Registers a strategy whose signals this account trades (and which an emergency stop halts).</summary>
    Task AttachStrategyAsync(string strategyId, string symbol);

    /// <summary>Cancels open orders, flattens every position at the last price, halts the strategies and refuses new orders.</summary>
    Task<EmergencyStopResult> EmergencyStopAsync(string reason);

    /// <summary>
    /// Lifts an emergency stop's halt (journaled; activation restores it) and lists the attached strategies. It does not
    /// restart them itself: a strategy's start calls back into this account, which would wait on its own turn. Use
    /// <see cref="AccountResumption.ResumeAsync"/>, which restarts them after this call.
    /// </summary>
    Task<ResumeResult> ResumeAsync();

    /// <summary>VaR, CVaR, drawdown, exposure and the use of each risk limit.</summary>
    Task<AccountRisk> GetRiskAsync();

    /// <summary>Return, Sharpe, Sortino, drawdown and trade statistics.</summary>
    Task<AccountPerformance> GetPerformanceAsync();

    /// <summary>Cash, equity, positions, counters and the last fills.</summary>
    Task<AccountSnapshot> GetSnapshotAsync();

    /// <summary>The whole journal, in order.</summary>
    Task<IReadOnlyList<AccountJournalRecord>> GetJournalAsync();
}
