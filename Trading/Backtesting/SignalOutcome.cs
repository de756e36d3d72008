namespace SmartMarket.Trading.Backtesting;

/// <summary>What became of a strategy signal.</summary>
public enum SignalOutcome
{
    /// <summary>Sized, approved by risk (perhaps reduced) and turned into an order.</summary>
    Order = 1,

    /// <summary>Not traded by policy: the symbol already has a position or a working entry, or sizing gave nothing.</summary>
    Skipped = 2,

    /// <summary>Refused by a risk rule, named in <see cref="SignalDecision.Risk"/>.</summary>
    RiskRejected = 3,
}
