namespace SmartMarket.Trading.Smc;

/// <summary>How many SMC facts line up behind a trade: the weighted share of <see cref="Factors"/> present.</summary>
/// <param name="Score">0..1: sum of the weights of the present factors over the sum of all weights.</param>
public readonly record struct ConfluenceScore(double Score, ConfluenceFactors Factors)
{
    /// <summary>The present factors in words, e.g. "trend+order block"; cached, so cheap to put in a signal's reason.</summary>
    public string FactorNames => ConfluenceNames.Of(Factors);
}
