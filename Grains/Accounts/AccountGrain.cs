using SmartMarket.Grains.Market;
using SmartMarket.Grains.Strategies;
using SmartMarket.Trading.Execution;
using SmartMarket.Trading.MarketData;
using VirtualActors;
using VirtualActors.Streams;

namespace SmartMarket.Grains.Accounts;

/// <summary>
/// A paper trading account. Signals arrive on its implicit <c>signals/{id}</c> subscription, prices on the
/// <c>prices/{symbol}</c> streams it subscribes to, and in a replay whole bars on <c>bars/{symbol}</c>. Whatever changes is journaled and written before the call or
/// event completes; activation rebuilds ledger and order index from the journal and the venue from its snapshot.
/// </summary>
[ImplicitStreamSubscription(MarketStreams.Signals)]
public sealed class AccountGrain([PersistentState("account")] IPersistentState<AccountState> state)
    : Grain, IAccountGrain, IAsyncObserver<PriceUpdated>, IAsyncObserver<SignalEmitted>, IAsyncObserver<CandleClosed>
{
    private static readonly ExecutionSimulatorOptions VenueOptions = new();
    private PaperAccount _account = null!;
    private IAsyncStream<AccountJournalRecord> _events = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _account = new PaperAccount(state.State, VenueOptions);
        _events = GetStreamProvider().GetStream<AccountJournalRecord>(MarketStreams.AccountEvents(GetPrimaryKeyString()));
        return Task.CompletedTask;
    }

    public async Task OpenAsync(decimal initialCash)
    {
        if (initialCash <= 0m)
            throw new ArgumentOutOfRangeException(nameof(initialCash), initialCash, "initial cash must be positive");
        if (state.State.Journal.Count > 0)
            return;
        _account.Deposit(initialCash, "opening deposit");
        await CommitAsync();
    }

    public async Task<OrderResult> PlaceOrderAsync(PlaceOrder command)
    {
        Validate(command);
        if (_account.TryGetResult(command.ClientOrderId, out var first))
            return first;
        await EnsurePricesAsync(command.Symbol);
        var result = _account.Place(command, null, null);
        await CommitAsync();
        return result;
    }

    public async Task AttachStrategyAsync(string strategyId, string symbol)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(strategyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        await EnsurePricesAsync(symbol);
        if (state.State.Strategies.TryGetValue(strategyId, out var known) && known == symbol)
            return;
        state.State.Strategies[strategyId] = symbol;
        _account.AttachStrategy(strategyId, symbol);
        await CommitAsync();
    }

    public async Task<EmergencyStopResult> EmergencyStopAsync(string reason)
    {
        var (cancelled, flattened) = _account.Stop(string.IsNullOrWhiteSpace(reason) ? "emergency stop" : reason);
        await CommitAsync();
        var halts = new List<Task>();
        foreach (var id in state.State.Strategies.Keys)
            halts.Add(GrainFactory.GetGrain<IStrategyGrain>(id).HaltAsync("account " + GetPrimaryKeyString() + " stopped: " + reason));
        await Task.WhenAll(halts);
        return new EmergencyStopResult(cancelled, flattened, halts.Count);
    }

    public Task<AccountSnapshot> GetSnapshotAsync() => Task.FromResult(AccountSnapshots.Of(GetPrimaryKeyString(), _account, state.State.Journal));

    public Task<IReadOnlyList<AccountJournalRecord>> GetJournalAsync() =>
        Task.FromResult<IReadOnlyList<AccountJournalRecord>>([.. state.State.Journal]);

    public async ValueTask OnNextAsync(PriceUpdated item)
    {
        if (!_account.OnPrice(item.Symbol, item.Time, item.Price) || _account.Pending.Count == 0)
            return;
        await CommitAsync();
    }

    public async ValueTask OnNextAsync(CandleClosed item)
    {
        if (!_account.OnCandle(item.Symbol, item.Timeframe, item.Candle) || _account.Pending.Count == 0)
            return;
        await CommitAsync();
    }

    public async ValueTask OnNextAsync(SignalEmitted item)
    {
        if (_account.TryGetResult(item.ClientOrderId, out _))
            return;
        _account.PlaceSignal(item.ClientOrderId, item.Signal);
        await CommitAsync();
    }

    /// <summary>Writes the journal and venue snapshot, then publishes the new records; callers answer only after this.</summary>
    private async Task CommitAsync()
    {
        if (_account.Pending.Count == 0)
            return;
        state.State.Journal.AddRange(_account.Pending);
        state.State.Venue = _account.Venue.Snapshot();
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Storage refused the write: nothing was acknowledged, so rebuild from what is stored rather than keep unsaved state.
            DeactivateOnIdle();
            throw;
        }
        var written = _account.Pending.ToArray();
        _account.Pending.Clear();
        foreach (var record in written)
            await _events.OnNextAsync(record);
    }

    // Trades in live mode, whole bars in bar mode (a replay): the account follows whichever the symbol publishes.
    private async Task EnsurePricesAsync(string symbol)
    {
        var provider = GetStreamProvider();
        var prices = provider.GetStream<PriceUpdated>(MarketStreams.PricesOf(new Symbol(symbol)));
        if ((await prices.GetAllSubscriptionHandles()).Count == 0)
            await prices.SubscribeAsync(this);
        var bars = provider.GetStream<CandleClosed>(MarketStreams.BarsOf(new Symbol(symbol)));
        if ((await bars.GetAllSubscriptionHandles()).Count == 0)
            await bars.SubscribeAsync(this);
    }

    private static void Validate(PlaceOrder command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (string.IsNullOrWhiteSpace(command.ClientOrderId))
            throw new ArgumentException("ClientOrderId is required", nameof(command));
        if (string.IsNullOrWhiteSpace(command.Symbol))
            throw new ArgumentException("Symbol is required", nameof(command));
        if (command.Side is not (Side.Buy or Side.Sell))
            throw new ArgumentOutOfRangeException(nameof(command), command.Side, "Side must be Buy or Sell");
        if (command.Quantity <= 0m)
            throw new ArgumentOutOfRangeException(nameof(command), command.Quantity, "Quantity must be positive");
    }
}
