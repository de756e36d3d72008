namespace SmartMarket.Trading.Smc;

/// <summary>Whether the liquidity of a pool is still resting or has been taken.</summary>
public enum LiquidityPoolState
{
    /// <summary>No bar has traded beyond the pool's level yet.</summary>
    Active = 1,

    /// <summary>A bar traded beyond the level but closed back inside: a sweep (a stop hunt).</summary>
    Swept = 2,

    /// <summary>A bar traded beyond the level and closed beyond it: a breakout.</summary>
    Broken = 3,
}
