namespace SmartMarket.Trading.Smc;

/// <summary>An <see cref="ISmcEventSink"/> that keeps every event in lists, in arrival order: for tests, replays and the API.</summary>
public sealed class SmcEventLog : ISmcEventSink
{
    private readonly List<SwingPoint> _swings = [];
    private readonly List<StructureBreak> _breaks = [];
    private readonly List<OrderBlock> _orderBlocks = [];
    private readonly List<FairValueGap> _fairValueGaps = [];
    private readonly List<LiquidityPool> _liquidityPools = [];
    private readonly List<DailyLevels> _dailyLevels = [];

    /// <summary>Confirmed swings.</summary>
    public IReadOnlyList<SwingPoint> Swings => _swings;

    /// <summary>BOS and CHoCH events.</summary>
    public IReadOnlyList<StructureBreak> Breaks => _breaks;

    /// <summary>One entry per creation or state change of a block.</summary>
    public IReadOnlyList<OrderBlock> OrderBlocks => _orderBlocks;

    /// <summary>One entry per creation or deeper fill of a gap.</summary>
    public IReadOnlyList<FairValueGap> FairValueGaps => _fairValueGaps;

    /// <summary>One entry per creation, new swing or taking of a pool.</summary>
    public IReadOnlyList<LiquidityPool> LiquidityPools => _liquidityPools;

    /// <summary>One entry per completed UTC day.</summary>
    public IReadOnlyList<DailyLevels> DailyLevels => _dailyLevels;

    /// <inheritdoc />
    public void OnSwing(in SwingPoint swing) => _swings.Add(swing);

    /// <inheritdoc />
    public void OnStructureBreak(in StructureBreak structureBreak) => _breaks.Add(structureBreak);

    /// <inheritdoc />
    public void OnOrderBlock(in OrderBlock block) => _orderBlocks.Add(block);

    /// <inheritdoc />
    public void OnFairValueGap(in FairValueGap gap) => _fairValueGaps.Add(gap);

    /// <inheritdoc />
    public void OnLiquidityPool(in LiquidityPool pool) => _liquidityPools.Add(pool);

    /// <inheritdoc />
    public void OnDailyLevels(in DailyLevels levels) => _dailyLevels.Add(levels);

    /// <summary>Forgets every recorded event.</summary>
    public void Clear()
    {
        _swings.Clear();
        _breaks.Clear();
        _orderBlocks.Clear();
        _fairValueGaps.Clear();
        _liquidityPools.Clear();
        _dailyLevels.Clear();
    }
}
