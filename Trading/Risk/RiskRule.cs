namespace SmartMarket.Trading.Risk;

/// <summary>The limit that rejected or reduced an order proposal.</summary>
public enum RiskRule
{
    /// <summary>No limit bound: the proposal passed as asked.</summary>
    None = 0,

    /// <summary>The max-drawdown kill switch is latched.</summary>
    KillSwitch,

    /// <summary>Today's (UTC) loss reached the daily limit.</summary>
    DailyLoss,

    /// <summary>A new position would exceed the number of open positions allowed.</summary>
    MaxOpenPositions,

    /// <summary>The symbol's position would exceed its share of equity.</summary>
    MaxPosition,

    /// <summary>Open risk to stops would exceed its share of equity.</summary>
    MaxPortfolioRisk,

    /// <summary>Same-direction exposure in correlated symbols would exceed its cap.</summary>
    CorrelatedExposure,

    /// <summary>Gross notional over equity would exceed the leverage limit.</summary>
    MaxLeverage,
}
