using VirtualActors;

namespace SmartMarket.Grains.Strategies;

/// <summary>One running strategy instance, keyed by its id: candles in, model-confirmed signals out on <c>signals/{account}</c>.</summary>
public interface IStrategyGrain : IGrainWithStringKey
{
    /// <summary>Configures the instance and subscribes it to its candle streams; repeating the same definition is harmless.</summary>
    Task StartAsync(StrategyDefinition definition);

    /// <summary>Stops emitting signals until started again; runs even while the strategy waits on its account.</summary>
    [AlwaysInterleave]
    Task HaltAsync(string reason);

    /// <summary>The definition, whether it is halted, and what it has emitted.</summary>
    Task<StrategyStatus> GetStatusAsync();
}
