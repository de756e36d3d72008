using SmartMarket.Grains.Accounts;
using SmartMarket.Grains.Market;
using SmartMarket.Grains.Models;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Strategies;
using VirtualActors;
using VirtualActors.Streams;

namespace SmartMarket.Grains.Strategies;

/// <summary>
/// Runs one Trading strategy on the candle streams it needs, asks the model to confirm each signal and sends the
/// confirmed ones to its account's signal stream.
/// </summary>
public sealed class StrategyGrain([PersistentState("strategy")] IPersistentState<StrategyGrainState> state)
    : Grain, IStrategyGrain, IAsyncObserver<CandleClosed>
{
    /// <summary>Model scores below this do not confirm a signal.</summary>
    public const double ConfirmationThreshold = 0.5;

    private readonly MomentumWindow _momentum = new(5);
    private IStrategy? _strategy;
    private long _candles;
    private SignalEmitted? _lastSignal;
    private bool _countUnsaved;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Definition is { } definition)
            _strategy = Create(definition);
        return Task.CompletedTask;
    }

    /// <summary>Saves the signal count, which the signal path leaves unwritten to keep the order path short.</summary>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_countUnsaved)
            await WriteAsync();
    }

    public async Task StartAsync(StrategyDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentException.ThrowIfNullOrWhiteSpace(definition.AccountId, nameof(definition));
        var strategy = Create(definition);
        var changed = state.State.Definition != definition;
        if (changed || state.State.Halted)
        {
            state.State.Definition = definition;
            state.State.Halted = false;
            state.State.HaltReason = null;
            await WriteAsync();
        }
        if (changed || _strategy is null)
            _strategy = strategy;
        var provider = GetStreamProvider();
        foreach (var timeframe in strategy.Timeframes)
        {
            var stream = provider.GetStream<CandleClosed>(MarketStreams.Candles(strategy.Symbol, timeframe));
            if ((await stream.GetAllSubscriptionHandles()).Count == 0)
                await stream.SubscribeAsync(this);
        }
        await GrainFactory.GetGrain<IAccountGrain>(definition.AccountId).AttachStrategyAsync(GetPrimaryKeyString(), definition.Symbol);
    }

    public async Task HaltAsync(string reason)
    {
        if (state.State.Halted)
            return;
        state.State.Halted = true;
        state.State.HaltReason = reason;
        await WriteAsync();
    }

    public Task<StrategyStatus> GetStatusAsync() => Task.FromResult(
        new StrategyStatus(state.State.Definition, state.State.Halted, _candles, state.State.SignalsEmitted, _lastSignal));

    public async ValueTask OnNextAsync(CandleClosed item)
    {
        if (_strategy is null || state.State.Definition is not { } definition)
            return;
        _candles++;
        if (item.Timeframe == _strategy.Timeframes[0])
            _momentum.Add((double)item.Candle.Close);
        var signal = _strategy.OnCandle(item.Timeframe, item.Candle);
        if (signal is null || state.State.Halted)
            return;
        var score = 1.0;
        if (definition.Model is { Length: > 0 } model)
        {
            score = await GrainFactory.GetGrain<IModelGrain>(model).ScoreAsync(Features(signal));
            if (score < ConfirmationThreshold || state.State.Halted)
                return;
        }
        var id = GetPrimaryKeyString();
        var emitted = new SignalEmitted(id, definition.AccountId, signal, score, ClientOrderIdFor(id, signal), _strategy.Settings);
        // No write here: the count is a statistic, and the account's journal (keyed by the deterministic client order
        // id) is the record of what traded, so a crash loses at most the count since the last write, never a signal.
        state.State.SignalsEmitted++;
        _countUnsaved = true;
        _lastSignal = emitted;
        await GetStreamProvider().GetStream<SignalEmitted>(MarketStreams.SignalsFor(definition.AccountId)).OnNextAsync(emitted);
    }

    private async Task WriteAsync()
    {
        await state.WriteStateAsync();
        _countUnsaved = false;
    }

    /// <summary>The order id a signal maps to: the same strategy and bar always give the same id, so a replayed signal cannot trade twice.</summary>
    public static string ClientOrderIdFor(string strategyId, Signal signal) =>
        strategyId + ":" + signal.Time.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private ModelFeatures Features(Signal signal)
    {
        var entry = (double)signal.Entry;
        var risk = Math.Abs(entry - (double)signal.Stop);
        var reward = signal.Targets.Count > 0 ? Math.Abs((double)signal.Targets[0] - entry) : 0.0;
        return new ModelFeatures(
            (int)signal.Side,
            signal.Confidence,
            risk > 0 ? reward / risk : 0.0,
            entry > 0 ? risk / entry : 0.0,
            _momentum.Return);
    }

    private static IStrategy Create(StrategyDefinition definition) =>
        StrategyFactory.Create(definition.Strategy, new Symbol(definition.Symbol), StrategyParameters.Parse(definition.Parameters));
}
