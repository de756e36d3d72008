using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Portfolio;

/// <summary>Validates a journal entry before a <see cref="Ledger"/> applies it; the exception names the field at fault.</summary>
internal static class JournalChecks
{
    public static void Check(JournalEntry entry, long expectedSequence, decimal cash)
    {
        if (entry.Sequence != expectedSequence)
            throw new ArgumentException($"journal entry Sequence must be {expectedSequence}, was {entry.Sequence}", nameof(entry));
        if (entry.Time.Kind != DateTimeKind.Utc)
            throw new ArgumentException($"journal entry {entry.Sequence}: Time must be UTC, was {entry.Time.Kind}", nameof(entry));
        switch (entry)
        {
            case DepositEntry d:
                Positive(d.Amount, "Amount", d.Sequence);
                break;
            case WithdrawalEntry w:
                Positive(w.Amount, "Amount", w.Sequence);
                if (w.Amount > cash)
                    throw new ArgumentOutOfRangeException(nameof(entry), w.Amount, $"journal entry {w.Sequence}: withdrawal Amount exceeds cash {cash}");
                break;
            case FillEntry f:
                if (f.Symbol.Ticker is null)
                    throw new ArgumentException($"journal entry {f.Sequence}: Symbol is required", nameof(entry));
                if (f.Side is not (Side.Buy or Side.Sell))
                    throw new ArgumentException($"journal entry {f.Sequence}: Side {(int)f.Side} is not Buy or Sell", nameof(entry));
                Positive(f.Quantity, "Quantity", f.Sequence);
                Positive(f.Price, "Price", f.Sequence);
                if (f.Fee < 0m)
                    throw new ArgumentOutOfRangeException(nameof(entry), f.Fee, $"journal entry {f.Sequence}: Fee must not be negative");
                break;
            default:
                throw new ArgumentException($"journal entry {entry.Sequence}: unknown kind {entry.GetType().Name}", nameof(entry));
        }
    }

    private static void Positive(decimal value, string field, long sequence)
    {
        if (value <= 0m)
            throw new ArgumentOutOfRangeException("entry", value, $"journal entry {sequence}: {field} must be greater than zero");
    }
}
