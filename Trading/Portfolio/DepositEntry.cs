namespace SmartMarket.Trading.Portfolio;

/// <summary>Quote currency paid into the account.</summary>
public sealed record DepositEntry(long Sequence, DateTime Time, decimal Amount, string? Note) : JournalEntry(Sequence, Time);
