namespace SmartMarket.Trading.Synthetic;

/// <summary>The state of the synthetic market's Markov chain; it is shared by all symbols.</summary>
public enum MarketRegime
{
    /// <summary>Sideways: prices revert toward the level where the regime began.</summary>
    Range,

    /// <summary>Prices drift upward.</summary>
    TrendUp,

    /// <summary>Prices drift downward.</summary>
    TrendDown,
}
