namespace SmartMarket.Trading.Smc;

/// <summary>Where a price sits in the dealing range.</summary>
public enum PriceZone
{
    /// <summary>No valid dealing range yet.</summary>
    Unknown = 0,

    /// <summary>Below the equilibrium band: cheap, where buys are preferred.</summary>
    Discount = 1,

    /// <summary>Within the band around 50 % of the range.</summary>
    Equilibrium = 2,

    /// <summary>Above the equilibrium band: expensive, where sells are preferred.</summary>
    Premium = 3,
}
