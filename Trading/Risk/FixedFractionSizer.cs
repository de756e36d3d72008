namespace SmartMarket.Trading.Risk;

/// <summary>
/// Puts a fixed fraction of equity into each position as notional: quantity = equity × fraction / entry.
/// The stop plays no part, so this is the sizer for strategies without stops.
/// </summary>
public sealed class FixedFractionSizer : IPositionSizer
{
    private readonly decimal _fraction;
    private readonly LotSize _lot;

    /// <param name="fraction">Share of equity per position as notional, e.g. 0.10 for 10%; in (0, 10] to allow leverage.</param>
    public FixedFractionSizer(decimal fraction, LotSize lot = default)
    {
        if (fraction <= 0m || fraction > 10m)
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "fraction of equity must be in (0, 10]");
        _fraction = fraction;
        _lot = lot;
    }

    /// <inheritdoc />
    public decimal Quantity(in SizingRequest request)
    {
        request.ValidateEquityAndEntry();
        return _lot.RoundDown(request.Equity * _fraction / request.Entry);
    }
}
