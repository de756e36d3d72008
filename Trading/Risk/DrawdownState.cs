namespace SmartMarket.Trading.Risk;

/// <summary>What a <see cref="DrawdownKillSwitch"/> remembers between observations, to store and restore.</summary>
/// <param name="Started">False until the first observation (or right after a reset).</param>
/// <param name="PeakEquity">Highest equity seen since start or the last reset.</param>
/// <param name="LastEquity">The last equity observed.</param>
/// <param name="Latched">Whether the switch has tripped.</param>
/// <param name="LatchedDrawdown">The drawdown that tripped it; 0 while not latched.</param>
public readonly record struct DrawdownState(bool Started, decimal PeakEquity, decimal LastEquity, bool Latched, decimal LatchedDrawdown);
