using System.Globalization;
using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Synthetic;

/// <summary>The checks behind <see cref="SyntheticMarketOptions.Validate"/>, each worded with the setting's path.</summary>
internal static class SyntheticMarketOptionsValidator
{
    public static List<string> Problems(SyntheticMarketOptions options)
    {
        var problems = new List<string>();
        if (options.Start.Kind == DateTimeKind.Local || options.Start.Ticks % TimeSpan.TicksPerMinute != 0)
            problems.Add("Start must be a UTC time on a whole minute");
        if (options.MeanTickInterval < TimeSpan.FromMilliseconds(1))
            problems.Add("MeanTickInterval must be at least 1 ms");
        CheckDuration(problems, nameof(options.RangeMeanDuration), options.RangeMeanDuration);
        CheckDuration(problems, nameof(options.TrendUpMeanDuration), options.TrendUpMeanDuration);
        CheckDuration(problems, nameof(options.TrendDownMeanDuration), options.TrendDownMeanDuration);
        CheckDuration(problems, nameof(options.RangeReversionTime), options.RangeReversionTime);
        if (!(options.TrendStrength >= 0 && options.TrendStrength <= 1))
            problems.Add("TrendStrength must be between 0 and 1");
        if (!(options.IntradayAmplitude >= 0 && options.IntradayAmplitude < 1))
            problems.Add("IntradayAmplitude must be at least 0 and below 1");
        if (!(options.PeakHourUtc >= 0 && options.PeakHourUtc <= 24))
            problems.Add("PeakHourUtc must be between 0 and 24");
        if (!(options.VolumeVolatilityElasticity >= 0 && options.VolumeVolatilityElasticity <= 4))
            problems.Add("VolumeVolatilityElasticity must be between 0 and 4");

        if (options.Symbols is null || options.Symbols.Count == 0)
        {
            problems.Add("Symbols must list at least one symbol");
            return problems;
        }
        var tickers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Symbols.Count; i++)
            CheckSymbol(problems, $"Symbols[{i}]", options.Symbols[i], tickers);
        CheckCorrelation(problems, options.Correlation, options.Symbols.Count);
        return problems;
    }

    private static void CheckSymbol(List<string> problems, string path, SyntheticSymbolOptions? symbol, HashSet<string> tickers)
    {
        if (symbol is null)
        {
            problems.Add($"{path} is missing");
            return;
        }
        try
        {
            _ = new Symbol(symbol.Ticker);
            if (!tickers.Add(symbol.Ticker))
                problems.Add($"{path}.Ticker '{symbol.Ticker}' is listed twice");
        }
        catch (ArgumentException)
        {
            problems.Add($"{path}.Ticker '{symbol.Ticker}' must be non-empty A-Z, 0-9 and '-'");
        }
        if (symbol.TickSize <= 0)
            problems.Add($"{path}.TickSize must be positive");
        if (symbol.QuantityStep <= 0)
            problems.Add($"{path}.QuantityStep must be positive");
        if (symbol.StartPrice <= 0 || symbol.StartPrice < symbol.TickSize)
            problems.Add($"{path}.StartPrice must be positive and at least one TickSize");
        if (symbol.MeanVolumePerMinute <= 0)
            problems.Add($"{path}.MeanVolumePerMinute must be positive");
        if (!(symbol.AnnualVolatility > 0 && symbol.AnnualVolatility <= 10))
            problems.Add($"{path}.AnnualVolatility must be above 0 and at most 10");
        if (!(symbol.GarchAlpha >= 0) || !(symbol.GarchBeta >= 0) || !(symbol.GarchAlpha + symbol.GarchBeta < 1))
            problems.Add($"{path}.GarchAlpha and GarchBeta must be at least 0 with a sum below 1 (a stationary GARCH)");
    }

    private static void CheckCorrelation(List<string> problems, double[][]? matrix, int n)
    {
        if (matrix is null || matrix.Length != n || Array.Exists(matrix, row => row is null || row.Length != n))
        {
            problems.Add($"Correlation must be a {n} x {n} matrix, one row per symbol");
            return;
        }
        for (var i = 0; i < n; i++)
        {
            if (matrix[i][i] != 1)
                problems.Add(Invariant($"Correlation[{i}][{i}] must be 1 but is {matrix[i][i]}"));
            for (var j = 0; j < i; j++)
            {
                if (!(Math.Abs(matrix[i][j]) <= 1) || matrix[i][j] != matrix[j][i])
                    problems.Add(Invariant($"Correlation[{i}][{j}] and [{j}][{i}] must be equal and within [-1, 1]"));
            }
        }
        if (problems.Count == 0 && Cholesky.TryFactor(matrix) is null)
            problems.Add("Correlation must be positive definite (no combination of symbols may have zero or negative variance)");
    }

    private static void CheckDuration(List<string> problems, string name, TimeSpan value)
    {
        if (value < TimeSpan.FromMinutes(1))
            problems.Add($"{name} must be at least one minute");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
