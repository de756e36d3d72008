namespace SmartMarket.Grains.Accounts;

/// <summary>The answer to a <see cref="PlaceOrder"/>: accepted by the venue (with its order id) or rejected with a reason.</summary>
/// <param name="ClientOrderId">The command's idempotency key.</param>
/// <param name="Accepted">True when the venue took the order.</param>
/// <param name="OrderId">The venue's order id; 0 when rejected before reaching it.</param>
/// <param name="Quantity">The quantity sent to the venue (after sizing caps); 0 when rejected.</param>
/// <param name="RejectReason">Why it was rejected; null when accepted.</param>
public sealed record OrderResult(string ClientOrderId, bool Accepted, long OrderId, decimal Quantity, string? RejectReason);
