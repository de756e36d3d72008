namespace SmartMarket.Trading.Smc;

/// <summary>Life cycle of an order block: fresh, then mitigated when price returns into it, then invalidated.</summary>
public enum OrderBlockState
{
    /// <summary>Price has not come back into the block since it became known.</summary>
    Fresh = 1,

    /// <summary>Price traded back into the block without closing through it.</summary>
    Mitigated = 2,

    /// <summary>A close beyond the far side of the block (below a bullish one, above a bearish one).</summary>
    Invalidated = 3,
}
