namespace SmartMarket.Trading.Smc;

/// <summary>Which SMC facts agree with a trade at a price; see <see cref="ConfluenceScore"/>.</summary>
[Flags]
public enum ConfluenceFactors
{
    None = 0,

    /// <summary>The market-structure trend points the trade's way.</summary>
    Trend = 1,

    /// <summary>The price is inside a live order block of the trade's direction.</summary>
    OrderBlock = 2,

    /// <summary>The price is inside an unfilled fair value gap of the trade's direction.</summary>
    FairValueGap = 4,

    /// <summary>The price is near one of the previous day's levels.</summary>
    DailyLevel = 8,

    /// <summary>A buy in discount or a sell in premium.</summary>
    PremiumDiscount = 16,
}
