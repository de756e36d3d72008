namespace SmartMarket.Trading.Smc;

/// <summary>Where resting orders gather around equal swing points.</summary>
public enum LiquiditySide
{
    /// <summary>Above equal highs: stops of shorts and breakout buys.</summary>
    BuySide = 1,

    /// <summary>Below equal lows: stops of longs and breakdown sells.</summary>
    SellSide = 2,
}
