namespace SmartMarket.Trading.Smc;

/// <summary>How much weight a price level deserves, from how often it was tested and how wide its day was.</summary>
public enum LevelStrength
{
    Weak = 1,
    Moderate = 2,
    Strong = 3,
}
