namespace SmartMarket.Trading.Analytics;

/// <summary>The passive alternative to a strategy: buy every traded symbol at the start and hold to the end.</summary>
public static class BuyAndHoldBenchmark
{
    /// <summary>
    /// Return of splitting capital equally across the legs at the start and never rebalancing:
    /// Σ (1/N)·(end/start) − 1, which equals the mean of the legs' returns. NaN for no legs.
    /// </summary>
    public static double EqualWeightReturn(IReadOnlyList<BuyAndHoldLeg> legs)
    {
        ArgumentNullException.ThrowIfNull(legs);
        if (legs.Count == 0)
            return double.NaN;
        var sum = 0d;
        for (var i = 0; i < legs.Count; i++)
            sum += legs[i].Return;
        return sum / legs.Count;
    }
}
