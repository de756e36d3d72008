namespace SmartMarket.Trading.Orders;

/// <summary>How long an order stays working.</summary>
public enum TimeInForce
{
    /// <summary>Good till cancelled: works until filled or cancelled.</summary>
    Gtc = 1,

    /// <summary>Immediate or cancel: fills what it can the moment it becomes executable; the rest expires.</summary>
    Ioc = 2,

    /// <summary>Fill or kill: fills completely the moment it becomes executable, or expires without any fill.</summary>
    Fok = 3,
}
