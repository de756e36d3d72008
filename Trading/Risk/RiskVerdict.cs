namespace SmartMarket.Trading.Risk;

/// <summary>What the risk manager made of an order proposal.</summary>
public enum RiskVerdict
{
    /// <summary>Approved at the proposed quantity.</summary>
    Approved,

    /// <summary>Approved at a smaller quantity so that every limit holds.</summary>
    Reduced,

    /// <summary>Not approved at all.</summary>
    Rejected,
}
