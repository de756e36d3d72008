namespace SmartMarket.Trading.Risk;

/// <summary>
/// VaR and CVaR of a portfolio in money, from signed position values (quantity × mark price, short negative)
/// and per-period returns of the same symbols.
/// </summary>
public static class PortfolioVar
{
    /// <summary>
    /// Parametric: the portfolio's P&amp;L is normal with σ = √(vᵀΣv) and mean vᵀμ (0 without
    /// <paramref name="meanReturns"/>), where v are the values and Σ the covariance of returns.
    /// </summary>
    /// <param name="values">Signed position values in the order of <paramref name="covariance"/>'s symbols.</param>
    /// <param name="meanReturns">Expected per-period returns in the same order, or empty for zero.</param>
    public static VarEstimate Parametric(ReadOnlySpan<double> values, CovarianceMatrix covariance, double confidence, ReadOnlySpan<double> meanReturns = default)
    {
        ArgumentNullException.ThrowIfNull(covariance);
        var n = covariance.Count;
        if (values.Length != n)
            throw new ArgumentException($"expected {n} position values, one per covariance symbol, got {values.Length}", nameof(values));
        if (!meanReturns.IsEmpty && meanReturns.Length != n)
            throw new ArgumentException($"expected {n} mean returns or none, got {meanReturns.Length}", nameof(meanReturns));
        var variance = 0d;
        var mean = 0d;
        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(values[i]))
                throw new ArgumentException($"value of {covariance.Symbols[i]} is not finite ({values[i]})", nameof(values));
            for (var j = 0; j < n; j++)
                variance += values[i] * covariance[i, j] * values[j];
            if (!meanReturns.IsEmpty)
                mean += values[i] * meanReturns[i];
        }
        if (variance < 0d)
        {
            // Rounding can leave a tiny negative on a singular matrix; anything larger means the input is wrong.
            var scale = 0d;
            for (var i = 0; i < n; i++)
                scale += values[i] * values[i] * covariance[i, i];
            if (-variance > 1e-9 * Math.Max(scale, double.Epsilon))
                throw new ArgumentException($"covariance is not positive semi-definite: vᵀΣv = {variance}", nameof(covariance));
            variance = 0d;
        }
        return ParametricVar.Estimate(mean, Math.Sqrt(variance), confidence);
    }

    /// <summary>Parametric VaR of the positions, valued at their mark prices; every non-flat symbol must be in the matrix.</summary>
    public static VarEstimate Parametric(IReadOnlyList<PositionExposure> positions, CovarianceMatrix covariance, double confidence)
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(covariance);
        var values = new double[covariance.Count];
        foreach (var p in positions)
        {
            if (p.Quantity != 0m)
                values[covariance.IndexOf(p.Symbol)] += (double)p.SignedValue;
        }
        return Parametric(values, covariance, confidence);
    }

    /// <summary>
    /// Historical: each past period t gives a P&amp;L Σᵢ vᵢ·rₜᵢ for today's values v, and
    /// <see cref="HistoricalVar"/> is taken over those P&amp;Ls.
    /// </summary>
    /// <param name="scenarioReturns">Periods × symbols matrix of past returns, columns in the order of <paramref name="values"/>.</param>
    public static VarEstimate Historical(ReadOnlySpan<double> values, double[,] scenarioReturns, double confidence)
    {
        ArgumentNullException.ThrowIfNull(scenarioReturns);
        var periods = scenarioReturns.GetLength(0);
        if (scenarioReturns.GetLength(1) != values.Length)
            throw new ArgumentException($"scenario returns have {scenarioReturns.GetLength(1)} columns for {values.Length} position values", nameof(scenarioReturns));
        var pnl = new double[periods];
        for (var t = 0; t < periods; t++)
        {
            var sum = 0d;
            for (var i = 0; i < values.Length; i++)
                sum += values[i] * scenarioReturns[t, i];
            pnl[t] = sum;
        }
        return HistoricalVar.Estimate(pnl, confidence);
    }
}
