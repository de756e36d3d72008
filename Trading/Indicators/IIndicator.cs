namespace SmartMarket.Trading.Indicators;

/// <summary>
/// A streaming indicator over one series: feed one value per bar with <see cref="Update"/>, read <see cref="Value"/>.
/// Implementations are O(1) per update and allocate nothing after construction.
/// </summary>
public interface IIndicator
{
    /// <summary>True once enough values have arrived for <see cref="Value"/> to be defined.</summary>
    bool IsReady { get; }

    /// <summary>The latest output; <see cref="double.NaN"/> while <see cref="IsReady"/> is false.</summary>
    double Value { get; }

    /// <summary>Feeds the next value of the series (the newest bar). Rejects NaN and infinities.</summary>
    void Update(double value);

    /// <summary>Forgets every value seen, as if newly constructed.</summary>
    void Reset();
}
