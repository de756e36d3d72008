namespace SmartMarket.Trading.Portfolio;

/// <summary>Quote currency taken out of the account.</summary>
public sealed record WithdrawalEntry(long Sequence, DateTime Time, decimal Amount, string? Note) : JournalEntry(Sequence, Time);
