using SmartMarket.Trading.Smc;

namespace Trading.Tests.Smc;

/// <summary>
/// Records every SMC event as (time it claims to be known, text) and checks that this time is exactly the close of
/// the bar being processed when the event arrived: an event can be neither early nor late.
/// </summary>
internal sealed class EventRecorder : ISmcEventSink
{
    public List<(DateTime Time, string Text)> Events { get; } = [];

    /// <summary>Close time of the bar being fed; set by the test before each update.</summary>
    public DateTime CurrentClose { get; set; }

    public List<string> Mismatches { get; } = [];

    public void OnSwing(in SwingPoint swing) => Add(swing.KnownAt, swing.ToString());

    public void OnStructureBreak(in StructureBreak structureBreak) => Add(structureBreak.KnownAt, structureBreak.ToString());

    public void OnOrderBlock(in OrderBlock block) => Add(block.UpdatedAt, block.ToString());

    public void OnFairValueGap(in FairValueGap gap) => Add(gap.UpdatedAt, gap.ToString());

    public void OnLiquidityPool(in LiquidityPool pool) => Add(pool.UpdatedAt, pool.ToString());

    public void OnDailyLevels(in DailyLevels levels) => Add(levels.KnownAt, levels.ToString());

    private void Add(DateTime time, string text)
    {
        if (time != CurrentClose)
            Mismatches.Add($"{text} stamped {time:O} but emitted at the close {CurrentClose:O}");
        Events.Add((time, text));
    }
}
