namespace SmartMarket.Grains.Accounts;

/// <summary>What lifting an emergency stop did.</summary>
/// <param name="Resumed">True when the account was halted and now takes orders again; false when it was not halted.</param>
/// <param name="Strategies">Ids of the strategies attached to the account, which the resumption restarts when halted.</param>
/// <param name="RestartedStrategies">How many halted strategies were started again.</param>
public sealed record ResumeResult(bool Resumed, IReadOnlyList<string> Strategies, int RestartedStrategies = 0);
