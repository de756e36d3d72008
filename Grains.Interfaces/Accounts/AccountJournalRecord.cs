using SmartMarket.Trading.MarketData;

namespace SmartMarket.Grains.Accounts;

/// <summary>
/// One line of an account's journal. A flat record (not a class hierarchy) so that it round-trips through any JSON
/// storage without type tags; <see cref="Kind"/> says which fields are meaningful.
/// </summary>
/// <param name="Sequence">1, 2, 3... in the order written.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Time">Market time (UTC) when it happened.</param>
/// <param name="ClientOrderId">The order concerned; null for deposits and stops.</param>
/// <param name="OrderId">The venue's order id; 0 when none.</param>
/// <param name="Symbol">Ticker; null for deposits and stops.</param>
/// <param name="Side">Order or fill side.</param>
/// <param name="Quantity">Ordered or filled quantity, or 0.</param>
/// <param name="Price">Fill price, or 0.</param>
/// <param name="Amount">Deposit amount or fill fee, or 0.</param>
/// <param name="Text">Reason, rejection text or note.</param>
/// <param name="Terms">On an order request: its type, prices and time in force; null for a plain market order (and on older journals).</param>
public sealed record AccountJournalRecord(
    long Sequence,
    AccountRecordKind Kind,
    DateTime Time,
    string? ClientOrderId,
    long OrderId,
    string? Symbol,
    Side Side,
    decimal Quantity,
    decimal Price,
    decimal Amount,
    string? Text,
    OrderTerms? Terms = null);
