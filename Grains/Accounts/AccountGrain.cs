using SmartMarket.Grains.Market;
using SmartMarket.Grains.Strategies;
using SmartMarket.Trading.Analytics;
using SmartMarket.Trading.Execution;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;
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
    /// <summary>
    /// Records in the head before they are sealed into a segment: bounds what one commit writes. Every commit
    /// re-serializes the head, so a small head keeps the order path's write cheap; a seal costs one segment write.
    /// </summary>
    public const int SegmentSize = 16;

    /// <summary>Equity samples in the head that seal it even with fewer records: an account that rarely trades still writes a small head.</summary>
    public const int EquitySegmentSize = 256;

    private static readonly ExecutionSimulatorOptions VenueOptions = new();
    private readonly List<AccountJournalRecord> _journal = [];
    private PaperAccount _account = null!;
    private IAsyncStream<AccountJournalRecord> _events = null!;
    // Set when storage refused a write: the state object may hold unsaved records, so nothing more is written from it.
    private bool _writeFailed;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var equity = new List<EquityPoint>();
        for (var k = 0; k < state.State.Segments; k++)
        {
            var segment = Segment(k);
            await segment.ReadStateAsync();
            if (!segment.RecordExists)
                throw new InvalidOperationException($"account {GetPrimaryKeyString()}: journal segment {k} of {state.State.Segments} is missing from storage");
            _journal.AddRange(segment.State.Records);
            equity.AddRange(segment.State.Equity);
            // The records live on in _journal; the state object need not hold them twice.
            segment.State = new JournalSegment();
        }
        _journal.AddRange(state.State.Journal);
        _account = new PaperAccount(_journal, state.State.Venue, VenueOptions, state.State.Risk);
        // Risk and performance figures go on from the samples saved before the restart.
        equity.AddRange(state.State.Equity);
        foreach (var point in equity)
            _account.EquitySamples.Observe(point.Time, point.Equity);
        _account.EquitySamples.MarkSaved();
        _events = GetStreamProvider().GetStream<AccountJournalRecord>(MarketStreams.AccountEvents(GetPrimaryKeyString()));
    }

    /// <summary>Saves the equity samples taken since the last write, so a clean stop keeps the whole history.</summary>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_writeFailed)
            return;
        var before = state.State.Equity.Count;
        _account.EquitySamples.TakeUnsaved(state.State.Equity);
        if (state.State.Equity.Count > before)
            await state.WriteStateAsync();
    }

    public async Task OpenAsync(decimal initialCash)
    {
        if (initialCash <= 0m)
            throw new ArgumentOutOfRangeException(nameof(initialCash), initialCash, "initial cash must be positive");
        if (_journal.Count > 0)
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

    public async Task<CancelOrderResult> CancelOrderAsync(string clientOrderId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientOrderId);
        var result = _account.Cancel(clientOrderId);
        await CommitAsync();
        return result;
    }

    public async Task<ResumeResult> ResumeAsync()
    {
        var resumed = _account.Resume("resumed");
        await CommitAsync();
        return new ResumeResult(resumed, [.. state.State.Strategies.Keys.Order(StringComparer.Ordinal)]);
    }

    public Task<AccountRisk> GetRiskAsync() => Task.FromResult(AccountFigures.Risk(_account));

    public Task<AccountPerformance> GetPerformanceAsync() => Task.FromResult(AccountFigures.Performance(_account));

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

    public Task<AccountSnapshot> GetSnapshotAsync() => Task.FromResult(AccountSnapshots.Of(GetPrimaryKeyString(), _account, _journal));

    public Task<IReadOnlyList<AccountJournalRecord>> GetJournalAsync() =>
        Task.FromResult<IReadOnlyList<AccountJournalRecord>>([.. _journal]);

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
        _account.PlaceSignal(item.ClientOrderId, item.Signal, item.Settings);
        await CommitAsync();
    }

    /// <summary>Writes the new records with the venue snapshot, then publishes them; callers answer only after this.</summary>
    private async Task CommitAsync()
    {
        if (_account.Pending.Count == 0)
            return;
        state.State.Journal.AddRange(_account.Pending);
        _account.EquitySamples.TakeUnsaved(state.State.Equity);
        state.State.Venue = _account.Venue.Snapshot();
        state.State.Risk = _account.Risk.SaveGates();
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Storage refused a write: rebuild from what is stored rather than keep state that may not be saved.
            _writeFailed = true;
            DeactivateOnIdle();
            throw;
        }
        _journal.AddRange(_account.Pending);
        var written = _account.Pending.ToArray();
        _account.Pending.Clear();
        foreach (var record in written)
            await _events.OnNextAsync(record);
        // The head write above made the records durable, so they are published first and the seal (moving them
        // into a segment) stays off the order path.
        if (state.State.Journal.Count >= SegmentSize || state.State.Equity.Count >= EquitySegmentSize)
        {
            try
            {
                await SealAsync();
            }
            catch
            {
                _writeFailed = true;
                DeactivateOnIdle();
                throw;
            }
        }
    }

    /// <summary>
    /// Moves the head's tail into a new sealed segment. The segment is written before the head stops holding its
    /// records, so a crash between the two writes leaves the records in the head and an uncounted segment that the
    /// next seal overwrites.
    /// </summary>
    private async Task SealAsync()
    {
        var segment = Segment(state.State.Segments);
        await segment.ReadStateAsync();
        segment.State = new JournalSegment { Records = state.State.Journal, Equity = state.State.Equity };
        await segment.WriteStateAsync();
        segment.State = new JournalSegment();
        state.State.Journal = [];
        state.State.Equity = [];
        state.State.Segments++;
        await state.WriteStateAsync();
    }

    private IPersistentState<JournalSegment> Segment(int index) =>
        GrainContext.GetPersistentState<JournalSegment>("journal-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture), null);

    // Trades in live mode, whole bars in bar mode (a replay): the account follows whichever the symbol publishes.
    private async Task EnsurePricesAsync(string symbol)
    {
        var provider = GetStreamProvider();
        var prices = provider.GetStream<PriceUpdated>(MarketStreams.PricesOf(new Symbol(symbol)));
        if ((await prices.GetAllSubscriptionHandles()).Count == 0)
            await prices.SubscribeAsync(this);
        if (_account.LastPrice(new Symbol(symbol)) is null)
        {
            // The symbol may have traded before this account listened: start from its last trade rather than refuse.
            // The look-up interleaves on the symbol grain, which may be mid-delivery of a price to this very account.
            var last = await GrainFactory.GetGrain<ISymbolGrain>(symbol).GetLastTradeAsync();
            // A live trade also goes to the venue, so a first stop order is checked against the market at once; a
            // replay's bar close only prices the account, since the venue must see that bar itself.
            if (last.Ticks > 0 && last.Price > 0m)
                _account.OnPrice(new Symbol(symbol), last.Time, last.Price);
            else
                _account.SeedPrice(new Symbol(symbol), last.Price);
        }
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
        // The terms on their own (type, prices, trail, time in force); where a stop sits against the market is the venue's call.
        var problem = PaperAccount.RequestOf(new Symbol(command.Symbol), command, command.Quantity).Validate();
        if (problem is { Code: not RejectCode.NoReferencePrice and not RejectCode.InvalidClientOrderId })
            throw new ArgumentException($"{problem.Field ?? "order"}: {problem.Message}", nameof(command));
    }
}
