namespace SmartMarket.Grains.Accounts;

/// <summary>Kinds of account journal records.</summary>
public enum AccountRecordKind
{
    /// <summary>Cash paid in (<c>Amount</c>).</summary>
    Deposited = 1,

    /// <summary>A place-order command was received (written before it reaches the venue).</summary>
    OrderRequested = 2,

    /// <summary>The venue accepted the order.</summary>
    OrderAccepted = 3,

    /// <summary>Risk or the venue refused the order (<c>Text</c> says why).</summary>
    OrderRejected = 4,

    /// <summary>The order (partly) filled at <c>Price</c> with fee <c>Amount</c>.</summary>
    OrderFilled = 5,

    /// <summary>An open order was cancelled.</summary>
    OrderCancelled = 6,

    /// <summary>Emergency stop: trading halted (<c>Text</c> says why).</summary>
    Stopped = 7,

    /// <summary>A strategy was attached to the account (<c>ClientOrderId</c> holds the strategy id).</summary>
    StrategyAttached = 8,

    /// <summary>The halt of an emergency stop was lifted: orders are accepted again.</summary>
    Resumed = 9,
}
