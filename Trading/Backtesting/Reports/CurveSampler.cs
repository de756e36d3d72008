namespace SmartMarket.Trading.Backtesting.Reports;

/// <summary>Picks evenly spaced indices of a long series for charts and reports, always keeping the first and last.</summary>
internal static class CurveSampler
{
    public static List<int> Indices(int count, int max)
    {
        var result = new List<int>(Math.Min(count, max));
        if (count <= max)
        {
            for (var i = 0; i < count; i++)
                result.Add(i);
            return result;
        }
        for (var k = 0; k < max; k++)
            result.Add((int)((long)k * (count - 1) / (max - 1)));
        return result;
    }
}
