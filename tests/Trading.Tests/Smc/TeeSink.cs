using SmartMarket.Trading.Smc;

namespace Trading.Tests.Smc;

/// <summary>Forwards each event to two sinks.</summary>
internal sealed class TeeSink(ISmcEventSink first, ISmcEventSink second) : ISmcEventSink
{
    public void OnSwing(in SwingPoint swing)
    {
        first.OnSwing(swing);
        second.OnSwing(swing);
    }

    public void OnStructureBreak(in StructureBreak structureBreak)
    {
        first.OnStructureBreak(structureBreak);
        second.OnStructureBreak(structureBreak);
    }

    public void OnOrderBlock(in OrderBlock block)
    {
        first.OnOrderBlock(block);
        second.OnOrderBlock(block);
    }

    public void OnFairValueGap(in FairValueGap gap)
    {
        first.OnFairValueGap(gap);
        second.OnFairValueGap(gap);
    }

    public void OnLiquidityPool(in LiquidityPool pool)
    {
        first.OnLiquidityPool(pool);
        second.OnLiquidityPool(pool);
    }

    public void OnDailyLevels(in DailyLevels levels)
    {
        first.OnDailyLevels(levels);
        second.OnDailyLevels(levels);
    }
}
