namespace SmartMarket.Trading.Execution;

/// <summary>
/// Orders two prices by their double approximations when that is certain, so that hot paths avoid decimal
/// comparisons. Decimal-to-double conversion can be off by a few ulps when a decimal carries more than 15 or so
/// significant digits; a gap wider than <see cref="Margin"/> of the price cannot be such an artefact. Closer pairs
/// are left to an exact decimal comparison.
/// </summary>
internal static class Screen
{
    private const double Margin = 1e-12;

    /// <summary>1 when surely a &gt; b, −1 when surely a &lt; b, 0 when too close to tell from doubles.</summary>
    public static int Sign(double a, double b)
    {
        var gap = a - b;
        var tolerance = Margin * Math.Abs(b);
        return gap > tolerance ? 1 : gap < -tolerance ? -1 : 0;
    }
}
