using SmartMarket.Trading.MarketData;

namespace SmartMarket.Grains.Accounts;

/// <summary>A command to buy or sell at market.</summary>
/// <param name="ClientOrderId">Idempotency key chosen by the caller: the same id always gets the same answer.</param>
/// <param name="Symbol">The ticker.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Quantity">Base units, positive.</param>
/// <param name="Reason">Why (a signal's reason, "manual", "emergency stop"); kept in the journal.</param>
public sealed record PlaceOrder(string ClientOrderId, string Symbol, Side Side, decimal Quantity, string Reason);
