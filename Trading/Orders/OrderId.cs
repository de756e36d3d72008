namespace SmartMarket.Trading.Orders;

/// <summary>A venue-assigned order identity, unique within one venue.</summary>
public readonly record struct OrderId(long Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
