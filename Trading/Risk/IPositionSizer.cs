namespace SmartMarket.Trading.Risk;

/// <summary>Turns an intended entry into a quantity of the base asset.</summary>
public interface IPositionSizer
{
    /// <summary>
    /// The quantity to trade, never negative, rounded down to the sizer's lot size; 0 means "do not trade".
    /// Throws <see cref="ArgumentException"/> naming the field when the request lacks what this sizer needs.
    /// </summary>
    decimal Quantity(in SizingRequest request);
}
