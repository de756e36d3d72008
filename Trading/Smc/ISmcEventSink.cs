namespace SmartMarket.Trading.Smc;

/// <summary>
/// Receives every SMC event as it becomes known, in the order the analyzer finds them. Each value carries the close
/// time of the bar that revealed it, never earlier. Called synchronously inside <see cref="SmcAnalyzer.Update"/>.
/// </summary>
public interface ISmcEventSink
{
    /// <summary>A swing high or low was confirmed.</summary>
    void OnSwing(in SwingPoint swing);

    /// <summary>A close broke the last confirmed swing (BOS or CHoCH).</summary>
    void OnStructureBreak(in StructureBreak structureBreak);

    /// <summary>An order block was created or changed state; its <c>UpdatedAt</c> is the time of the change.</summary>
    void OnOrderBlock(in OrderBlock block);

    /// <summary>A fair value gap formed or was filled further; its <c>UpdatedAt</c> is the time of the change.</summary>
    void OnFairValueGap(in FairValueGap gap);

    /// <summary>A liquidity pool formed, gained a swing, or was swept or broken.</summary>
    void OnLiquidityPool(in LiquidityPool pool);

    /// <summary>A UTC day completed and its levels became the previous day's levels.</summary>
    void OnDailyLevels(in DailyLevels levels);
}
