namespace SmartMarket.Trading.Risk;

/// <summary>
/// Kelly sizing for trades with a stop. Full Kelly is f* = W − (1 − W) / R for win rate W and payoff ratio R
/// (average win / average loss). Full Kelly is far too aggressive when W and R are estimates, so the fraction of
/// equity put at risk is <c>kellyMultiplier × f*</c> (e.g. half Kelly), further capped by <c>maxRiskFraction</c>.
/// The risked money is lost when the stop is hit: quantity = equity × fraction / |entry − stop|.
/// A negative edge (f* ≤ 0) gives 0.
/// </summary>
public sealed class KellySizer : IPositionSizer
{
    private readonly LotSize _lot;

    /// <param name="winRate">Share of trades that win, in [0, 1].</param>
    /// <param name="payoffRatio">Average win divided by average loss, positive.</param>
    /// <param name="kellyMultiplier">Fraction of full Kelly to use, in (0, 1]; 0.5 is "half Kelly".</param>
    /// <param name="maxRiskFraction">Upper bound on the equity fraction risked per trade, in (0, 1].</param>
    public KellySizer(double winRate, double payoffRatio, double kellyMultiplier, double maxRiskFraction = 1d, LotSize lot = default)
    {
        if (!(kellyMultiplier > 0d && kellyMultiplier <= 1d))
            throw new ArgumentOutOfRangeException(nameof(kellyMultiplier), kellyMultiplier, "Kelly multiplier must be in (0, 1]");
        if (!(maxRiskFraction > 0d && maxRiskFraction <= 1d))
            throw new ArgumentOutOfRangeException(nameof(maxRiskFraction), maxRiskFraction, "max risk fraction must be in (0, 1]");
        FullKelly = FullKellyFraction(winRate, payoffRatio);
        RiskFraction = (decimal)Math.Min(Math.Max(FullKelly, 0d) * kellyMultiplier, maxRiskFraction);
        _lot = lot;
    }

    /// <summary>Unscaled Kelly fraction f*; negative when the edge is negative.</summary>
    public double FullKelly { get; }

    /// <summary>The equity fraction actually risked per trade after the multiplier and the cap.</summary>
    public decimal RiskFraction { get; }

    /// <summary>f* = W − (1 − W) / R.</summary>
    public static double FullKellyFraction(double winRate, double payoffRatio)
    {
        if (!(winRate >= 0d && winRate <= 1d))
            throw new ArgumentOutOfRangeException(nameof(winRate), winRate, "win rate must be in [0, 1]");
        if (!(payoffRatio > 0d) || double.IsPositiveInfinity(payoffRatio))
            throw new ArgumentOutOfRangeException(nameof(payoffRatio), payoffRatio, "payoff ratio must be positive and finite");
        return winRate - (1d - winRate) / payoffRatio;
    }

    /// <inheritdoc />
    public decimal Quantity(in SizingRequest request)
    {
        request.ValidateEquityAndEntry();
        var distance = request.RequireStopDistance();
        if (RiskFraction == 0m)
            return 0m;
        return _lot.RoundDown(request.Equity * RiskFraction / distance);
    }
}
