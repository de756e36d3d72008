namespace SmartMarket.Trading.Orders;

/// <summary>Why a working order was cancelled or expired.</summary>
public enum CancelReason
{
    /// <summary>The client asked for it.</summary>
    ClientRequest = 1,

    /// <summary>The other leg of its one-cancels-other pair filled.</summary>
    OcoSiblingFilled = 2,

    /// <summary>The other leg of its one-cancels-other pair was cancelled.</summary>
    OcoSiblingCancelled = 3,

    /// <summary>A bracket entry's unfilled rest, cancelled because one of its exit legs filled.</summary>
    BracketExited = 4,

    /// <summary>A reduce-only order found no opposite position left to reduce.</summary>
    ReduceOnlyNoPosition = 5,

    /// <summary>An immediate-or-cancel order's unfilled rest.</summary>
    IocRemainder = 6,

    /// <summary>A fill-or-kill order that could not fill completely at once.</summary>
    FokUnfillable = 7,
}
