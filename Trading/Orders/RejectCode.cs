namespace SmartMarket.Trading.Orders;

/// <summary>Why a venue refused an order; <see cref="OrderRejection.Message"/> carries the human text.</summary>
public enum RejectCode
{
    /// <summary>A required field is absent or has an undefined value (symbol, side, type, time in force).</summary>
    InvalidField = 1,

    /// <summary>Quantity is zero or negative.</summary>
    InvalidQuantity = 2,

    /// <summary>A price or trail is zero, negative or out of range.</summary>
    InvalidPrice = 3,

    /// <summary>A price or trail was given that this order type does not use (e.g. a limit price on a market order).</summary>
    UnexpectedPrice = 4,

    /// <summary>A limit or stop-limit order has no limit price.</summary>
    MissingLimitPrice = 5,

    /// <summary>A stop or stop-limit order has no stop price.</summary>
    MissingStopPrice = 6,

    /// <summary>A trailing stop has no trail.</summary>
    MissingTrail = 7,

    /// <summary>A stop would trigger at once: a buy stop at or below the market, a sell stop at or above it.</summary>
    StopOnWrongSide = 8,

    /// <summary>A bracket's stop-loss or take-profit is on the wrong side of the entry, or the bracket is not allowed here.</summary>
    InvalidBracket = 9,

    /// <summary>The client order id is empty, too long or holds characters other than printable ASCII.</summary>
    InvalidClientOrderId = 10,

    /// <summary>Another working order already uses this client order id.</summary>
    DuplicateClientOrderId = 11,

    /// <summary>A reduce-only order would open or add to a position.</summary>
    ReduceOnlyWouldIncrease = 12,

    /// <summary>The venue has no price for the symbol yet, so the order's prices cannot be checked.</summary>
    NoReferencePrice = 13,
}
