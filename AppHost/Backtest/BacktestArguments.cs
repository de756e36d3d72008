using System.Globalization;
using SmartMarket.Trading.Execution;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Strategies;

namespace SmartMarket.AppHost.Backtest;

/// <summary>Turns the backtest command's option text into checked values; every problem names its option.</summary>
public static class BacktestArguments
{
    /// <summary>The strategy name as the factory knows it.</summary>
    public static string Strategy(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new UsageException("--strategy", $"required; one of {string.Join(", ", StrategyFactory.Names)}");
        foreach (var name in StrategyFactory.Names)
        {
            if (string.Equals(name, text.Trim(), StringComparison.OrdinalIgnoreCase))
                return name;
        }
        throw new UsageException("--strategy", $"unknown strategy '{text}'; valid: {string.Join(", ", StrategyFactory.Names)}");
    }

    /// <summary>The <c>--param name=value</c> pairs, checked against the strategy's parameter names and ranges.</summary>
    public static StrategyParameters Parameters(string strategy, string[]? pairs)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var pair in pairs ?? [])
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
                throw new UsageException("--param", $"'{pair}' is not of the form name=value");
            values.Add(new(pair[..equals].Trim(), pair[(equals + 1)..].Trim()));
        }
        try
        {
            var parameters = new StrategyParameters(values);
            StrategyFactory.Create(strategy, new Symbol("BTCUSDT"), parameters); // checks names and ranges now, before any data is read
            return parameters;
        }
        catch (ArgumentException e)
        {
            throw new UsageException("--param", e.Message);
        }
    }

    /// <summary>A UTC date (<c>2024-01-31</c>) or date and time (<c>2024-01-31T12:00:00Z</c>); null when not given.</summary>
    public static DateTime? Date(string option, string? text)
    {
        if (text is null)
            return null;
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value))
            return DateTime.SpecifyKind(value, DateTimeKind.Utc);
        throw new UsageException(option, $"'{text}' is not a UTC date such as 2024-01-31 or 2024-01-31T12:00:00Z");
    }

    /// <summary>A decimal in [min, max], or <paramref name="fallback"/> when not given.</summary>
    public static decimal Number(string option, string? text, decimal fallback, decimal min, decimal max, bool minExclusive = false)
    {
        if (text is null)
            return fallback;
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            throw new UsageException(option, $"'{text}' is not a number");
        if (value < min || (minExclusive && value == min) || value > max)
            throw new UsageException(option, $"{text} is out of range; expected {(minExclusive ? "above" : "at least")} {min} and at most {max}");
        return value;
    }

    /// <summary>Fees and slippage: <c>--fee-bps</c> sets maker and taker alike, <c>--maker-bps</c>/<c>--taker-bps</c> override one side.</summary>
    public static ExecutionSimulatorOptions Execution(string? fee, string? maker, string? taker, string? slippage)
    {
        var both = Number("--fee-bps", fee, 10m, 0m, 1000m);
        return new ExecutionSimulatorOptions
        {
            MakerFeeRate = Number("--maker-bps", maker, both, 0m, 1000m) / 10_000m,
            TakerFeeRate = Number("--taker-bps", taker, both, 0m, 1000m) / 10_000m,
            SlippageBps = Number("--slippage-bps", slippage, 1m, 0m, 1000m),
        };
    }

    /// <summary>The data's bar size, or null to tell it from the file.</summary>
    public static Timeframe? Timeframe(string? text)
    {
        if (text is null)
            return null;
        return TimeframeExtensions.TryParse(text, out var value)
            ? value
            : throw new UsageException("--timeframe", $"'{text}' is not one of 1m, 5m, 15m, 30m, 1h, 4h, 1d");
    }
}
