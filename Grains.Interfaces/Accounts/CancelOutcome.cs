namespace SmartMarket.Grains.Accounts;

/// <summary>What a cancel request found.</summary>
public enum CancelOutcome
{
    /// <summary>The order was working and is now cancelled (journaled).</summary>
    Cancelled = 1,

    /// <summary>The order had been cancelled or had expired already; nothing changed.</summary>
    AlreadyCancelled = 2,

    /// <summary>The order had filled completely; nothing changed.</summary>
    AlreadyFilled = 3,

    /// <summary>The order was rejected and never worked; nothing changed.</summary>
    Rejected = 4,

    /// <summary>No order with that client order id; nothing changed.</summary>
    Unknown = 5,
}
