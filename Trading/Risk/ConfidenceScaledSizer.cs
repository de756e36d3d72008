namespace SmartMarket.Trading.Risk;

/// <summary>
/// Scales another sizer's quantity by how far the signal's confidence sits above the strategy's minimum.
/// Below the minimum the quantity is 0; at the minimum it is <c>floorScale</c> of the base size, rising linearly
/// to the full base size at confidence 1: scale = floor + (1 − floor) × (c − min) / (1 − min).
/// </summary>
public sealed class ConfidenceScaledSizer : IPositionSizer
{
    private readonly IPositionSizer _inner;
    private readonly double _minimumConfidence;
    private readonly double _floorScale;
    private readonly LotSize _lot;

    /// <param name="inner">The sizer that gives the full-confidence quantity.</param>
    /// <param name="minimumConfidence">The strategy's threshold for acting on a signal, in [0, 1).</param>
    /// <param name="floorScale">Share of the base size taken at exactly the minimum confidence, in [0, 1].</param>
    public ConfidenceScaledSizer(IPositionSizer inner, double minimumConfidence, double floorScale = 0d, LotSize lot = default)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (!(minimumConfidence >= 0d && minimumConfidence < 1d))
            throw new ArgumentOutOfRangeException(nameof(minimumConfidence), minimumConfidence, "minimum confidence must be in [0, 1)");
        if (!(floorScale >= 0d && floorScale <= 1d))
            throw new ArgumentOutOfRangeException(nameof(floorScale), floorScale, "floor scale must be in [0, 1]");
        _inner = inner;
        _minimumConfidence = minimumConfidence;
        _floorScale = floorScale;
        _lot = lot;
    }

    /// <summary>The multiplier applied to the base size at <paramref name="confidence"/>, in [0, 1].</summary>
    public double Scale(double confidence)
    {
        if (!(confidence >= 0d && confidence <= 1d))
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "confidence must be in [0, 1]");
        if (confidence < _minimumConfidence)
            return 0d;
        var above = (confidence - _minimumConfidence) / (1d - _minimumConfidence);
        return _floorScale + (1d - _floorScale) * above;
    }

    /// <inheritdoc />
    public decimal Quantity(in SizingRequest request)
    {
        var scale = Scale(request.Confidence);
        if (scale == 0d)
            return 0m;
        return _lot.RoundDown(_inner.Quantity(request) * (decimal)scale);
    }
}
