namespace SmartMarket.Api.GraphQL;

/// <summary>Where an order stands, folded from the account's journal.</summary>
public enum OrderStatus
{
    /// <summary>Received, not yet answered by the venue.</summary>
    Pending = 1,

    /// <summary>Accepted and waiting for a price.</summary>
    Open = 2,

    /// <summary>Part of the quantity filled.</summary>
    PartiallyFilled = 3,

    /// <summary>Completely filled.</summary>
    Filled = 4,

    /// <summary>Refused by risk checks or the venue.</summary>
    Rejected = 5,

    /// <summary>Cancelled or expired.</summary>
    Cancelled = 6,
}
