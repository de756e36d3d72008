namespace SmartMarket.Grains.Accounts;

/// <summary>The answer to a cancel request; repeating it changes nothing and answers with the order's final state.</summary>
/// <param name="ClientOrderId">The order asked about.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="OrderId">The venue's order id; 0 when unknown or rejected before reaching the venue.</param>
/// <param name="Message">One sentence for people.</param>
public sealed record CancelOrderResult(string ClientOrderId, CancelOutcome Outcome, long OrderId, string Message);
