namespace SmartMarket.Trading.Indicators;

/// <summary>Which divisor a variance uses.</summary>
public enum VarianceKind
{
    /// <summary>Divide by n - 1: the unbiased estimate from a sample (needs at least two values).</summary>
    Sample,

    /// <summary>Divide by n: the variance of the window itself, as Bollinger Bands use.</summary>
    Population,
}
