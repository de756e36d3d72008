using System.Text.Json.Serialization;

namespace SmartMarket.Trading.Portfolio;

/// <summary>
/// One fact in a <see cref="Ledger"/>'s append-only journal. Sequence numbers run 1, 2, 3, ... with no gaps, so
/// <see cref="Ledger.Replay"/> can tell a complete journal from a damaged one. Serializes with a "kind" discriminator.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(DepositEntry), "deposit")]
[JsonDerivedType(typeof(WithdrawalEntry), "withdrawal")]
[JsonDerivedType(typeof(FillEntry), "fill")]
public abstract record JournalEntry(long Sequence, DateTime Time);
