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

    public IReadOnlyList<SwingPoint> Swings => _swings;

    public IReadOnlyList<StructureBreak> Breaks => _breaks;

    /// <summary>One entry per creation or state change of a block.</summary>
    public IReadOnlyList<OrderBlock> OrderBlocks => _orderBlocks;

    /// <summary>One entry per creation or deeper fill of a gap.</summary>
    public IReadOnlyList<FairValueGap> FairValueGaps => _fairValueGaps;

    /// <summary>One entry per creation, new swing or taking of a pool.</summary>
    public IReadOnlyList<LiquidityPool> LiquidityPools => _liquidityPools;

    public IReadOnlyList<DailyLevels> DailyLevels => _dailyLevels;

    public void OnSwing(in SwingPoint swing) => _swings.Add(swing);

    public void OnStructureBreak(in StructureBreak structureBreak) => _breaks.Add(structureBreak);

    public void OnOrderBlock(in OrderBlock block) => _orderBlocks.Add(block);

    public void OnFairValueGap(in FairValueGap gap) => _fairValueGaps.Add(gap);

    public void OnLiquidityPool(in LiquidityPool pool) => _liquidityPools.Add(pool);

    public void OnDailyLevels(in DailyLevels levels) => _dailyLevels.Add(levels);

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
