using SmartMarket.Trading.Strategies;

namespace SmartMarket.Trading.Backtesting;

/// <summary>Candidate values per strategy parameter; its combinations are the cartesian product, in the order the parameters were added.</summary>
public sealed class ParameterGrid
{
    private readonly List<(string Name, string[] Values)> _axes = [];

    /// <summary>Adds a parameter with its candidate values (text, as on a command line).</summary>
    /// <exception cref="ArgumentException">An empty name, a name given twice or no values.</exception>
    public ParameterGrid Add(string name, params string[] values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
            throw new ArgumentException($"parameter '{name}' needs at least one value", nameof(values));
        foreach (var axis in _axes)
        {
            if (string.Equals(axis.Name, name, StringComparison.OrdinalIgnoreCase))
                throw new ArgumentException($"parameter '{name}' is already in the grid", nameof(name));
        }
        _axes.Add((name, [.. values]));
        return this;
    }

    /// <summary>Every combination, each on top of <paramref name="fixedParameters"/> (a grid value wins over a fixed one).</summary>
    public IReadOnlyList<StrategyParameters> Combinations(StrategyParameters? fixedParameters = null)
    {
        var result = new List<StrategyParameters>();
        var choice = new int[_axes.Count];
        while (true)
        {
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, value) in (fixedParameters ?? StrategyParameters.Empty).Values)
                values[name] = value;
            for (var a = 0; a < _axes.Count; a++)
                values[_axes[a].Name] = _axes[a].Values[choice[a]];
            result.Add(new StrategyParameters(values));
            // Odometer: the last parameter turns fastest.
            var axisIndex = _axes.Count - 1;
            while (axisIndex >= 0 && ++choice[axisIndex] == _axes[axisIndex].Values.Length)
                choice[axisIndex--] = 0;
            if (axisIndex < 0)
                return result;
        }
    }
}
