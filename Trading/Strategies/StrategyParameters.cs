using System.Globalization;
using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Strategies;

/// <summary>
/// Strategy parameters as name/value text, as they come from configuration, GraphQL or a command line. Names are the
/// option property names, matched ignoring case (<c>rsiPeriod</c> sets <c>RsiPeriod</c>). Every parse error and
/// every unknown name is reported with the parameter's name.
/// </summary>
public sealed class StrategyParameters
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    /// <exception cref="ArgumentException">An empty name, or a name given twice (ignoring case).</exception>
    public StrategyParameters(IEnumerable<KeyValuePair<string, string>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (name, value) in values)
        {
            if (string.IsNullOrWhiteSpace(name))
                throw new ArgumentException("a parameter name is empty", nameof(values));
            if (!_values.TryAdd(name.Trim(), (value ?? string.Empty).Trim()))
                throw new ArgumentException($"parameter '{name}' is given twice", name);
        }
    }

    /// <summary>No parameters: every option takes its default.</summary>
    public static StrategyParameters Empty { get; } = new([]);

    /// <summary>All given name/value pairs.</summary>
    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>Parses <c>name=value</c> pairs separated by <c>;</c> or <c>,</c>, e.g. <c>"RsiPeriod=10; Timeframe=4h"</c>.</summary>
    public static StrategyParameters Parse(string? text)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in (text ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
                throw new ArgumentException($"'{part}' is not of the form name=value", nameof(text));
            pairs.Add(new(part[..equals].Trim(), part[(equals + 1)..].Trim()));
        }
        return new StrategyParameters(pairs);
    }

    /// <summary>The named whole number, or <paramref name="defaultValue"/> when absent.</summary>
    public int GetInt(string name, int defaultValue) =>
        !_values.TryGetValue(name, out var text) ? defaultValue
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
        : throw new ArgumentException($"parameter '{name}' must be a whole number, not '{text}'", name);

    /// <summary>The named finite number, or <paramref name="defaultValue"/> when absent.</summary>
    public double GetDouble(string name, double defaultValue) =>
        !_values.TryGetValue(name, out var text) ? defaultValue
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value
        : throw new ArgumentException($"parameter '{name}' must be a number, not '{text}'", name);

    /// <summary>The named decimal, or <paramref name="defaultValue"/> when absent.</summary>
    public decimal GetDecimal(string name, decimal defaultValue) =>
        !_values.TryGetValue(name, out var text) ? defaultValue
        : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value
        : throw new ArgumentException($"parameter '{name}' must be a decimal number, not '{text}'", name);

    /// <summary>Reads a timeframe written as "1m", "5m", "15m", "30m", "1h", "4h" or "1d".</summary>
    public Timeframe GetTimeframe(string name, Timeframe defaultValue) =>
        !_values.TryGetValue(name, out var text) ? defaultValue
        : TimeframeExtensions.TryParse(text, out var value) ? value
        : throw new ArgumentException($"parameter '{name}' must be one of 1m, 5m, 15m, 30m, 1h, 4h, 1d, not '{text}'", name);

    /// <summary>Throws for the first given name that is not in <paramref name="known"/>, listing the known names.</summary>
    public void EnsureOnly(string strategy, IReadOnlyCollection<string> known)
    {
        foreach (var name in _values.Keys)
        {
            var found = false;
            foreach (var candidate in known)
                found |= string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase);
            if (!found)
                throw new ArgumentException($"parameter '{name}' is not known to strategy '{strategy}'; known: {string.Join(", ", known)}", name);
        }
    }
}
