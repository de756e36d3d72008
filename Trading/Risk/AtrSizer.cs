namespace SmartMarket.Trading.Risk;

/// <summary>
/// Volatility sizing: the stop is assumed <c>atrMultiple × ATR</c> away, and the position is sized so that being
/// stopped out loses <c>riskFraction</c> of equity: quantity = equity × riskFraction / (atrMultiple × ATR).
/// Calm markets get larger positions, wild ones smaller, for the same money at risk.
/// </summary>
public sealed class AtrSizer : IPositionSizer
{
    private readonly decimal _riskFraction;
    private readonly decimal _atrMultiple;
    private readonly LotSize _lot;

    /// <param name="riskFraction">Equity lost if stopped out, e.g. 0.01 for 1%; in (0, 1].</param>
    /// <param name="atrMultiple">Stop distance in ATRs, e.g. 2; positive.</param>
    public AtrSizer(decimal riskFraction, decimal atrMultiple, LotSize lot = default)
    {
        if (riskFraction <= 0m || riskFraction > 1m)
            throw new ArgumentOutOfRangeException(nameof(riskFraction), riskFraction, "risk fraction must be in (0, 1]");
        if (atrMultiple <= 0m)
            throw new ArgumentOutOfRangeException(nameof(atrMultiple), atrMultiple, "ATR multiple must be positive");
        _riskFraction = riskFraction;
        _atrMultiple = atrMultiple;
        _lot = lot;
    }

    /// <inheritdoc />
    public decimal Quantity(in SizingRequest request)
    {
        request.ValidateEquityAndEntry();
        if (request.Atr <= 0m)
            throw new ArgumentOutOfRangeException(nameof(request.Atr), request.Atr, "ATR must be positive for ATR-based sizing");
        return _lot.RoundDown(request.Equity * _riskFraction / (_atrMultiple * request.Atr));
    }
}
