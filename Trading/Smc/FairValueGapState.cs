namespace SmartMarket.Trading.Smc;

/// <summary>How far price has come back into a fair value gap.</summary>
public enum FairValueGapState
{
    /// <summary>Untouched since it formed.</summary>
    Open = 1,

    /// <summary>Price entered the gap without reaching its far edge.</summary>
    PartiallyFilled = 2,

    /// <summary>Price traded through the whole gap.</summary>
    Filled = 3,
}
