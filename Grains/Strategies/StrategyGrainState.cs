namespace SmartMarket.Grains.Strategies;

/// <summary>What a strategy grain keeps across activations. Indicator state is not kept: it warms up again on candles.</summary>
public sealed class StrategyGrainState
{
    public StrategyDefinition? Definition { get; set; }

    public bool Halted { get; set; }

    public string? HaltReason { get; set; }

    public long SignalsEmitted { get; set; }
}
