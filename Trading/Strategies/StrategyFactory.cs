using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Strategies;

/// <summary>Creates strategies by name with text parameters, as configuration and the API describe them.</summary>
public static class StrategyFactory
{
    private static readonly string[] SettingNames = [nameof(SymbolSettings.MinConfidence), nameof(SymbolSettings.PositionSizeFraction)];

    /// <summary>The strategy names <see cref="Create"/> knows.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        OrderBlockStrategy.StrategyName, DailyOhlcZoneStrategy.StrategyName, MultiTimeframeTrendStrategy.StrategyName, MeanReversionStrategy.StrategyName,
    ];

    /// <summary>
    /// Creates the strategy called <paramref name="name"/> (ignoring case) for <paramref name="symbol"/>. Parameters are the strategy's
    /// option names (see each options record's <c>ParameterNames</c>) plus <c>MinConfidence</c> and
    /// <c>PositionSizeFraction</c>, which override the symbol's defaults (<see cref="SymbolSettings.For"/>).
    /// </summary>
    /// <exception cref="ArgumentException">An unknown strategy or parameter name, or a value that does not parse.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value out of range; the parameter is named.</exception>
    public static IStrategy Create(string name, Symbol symbol, StrategyParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        parameters ??= StrategyParameters.Empty;
        switch (name.Trim().ToLowerInvariant())
        {
            case OrderBlockStrategy.StrategyName:
                parameters.EnsureOnly(OrderBlockStrategy.StrategyName, [.. OrderBlockStrategyOptions.ParameterNames, .. SettingNames]);
                return new OrderBlockStrategy(symbol, OrderBlockStrategyOptions.From(parameters), SymbolSettings.From(symbol, parameters));
            case DailyOhlcZoneStrategy.StrategyName:
                parameters.EnsureOnly(DailyOhlcZoneStrategy.StrategyName, [.. DailyOhlcZoneStrategyOptions.ParameterNames, .. SettingNames]);
                return new DailyOhlcZoneStrategy(symbol, DailyOhlcZoneStrategyOptions.From(parameters), SymbolSettings.From(symbol, parameters));
            case MultiTimeframeTrendStrategy.StrategyName:
                parameters.EnsureOnly(MultiTimeframeTrendStrategy.StrategyName, [.. MultiTimeframeTrendStrategyOptions.ParameterNames, .. SettingNames]);
                return new MultiTimeframeTrendStrategy(symbol, MultiTimeframeTrendStrategyOptions.From(parameters), SymbolSettings.From(symbol, parameters));
            case MeanReversionStrategy.StrategyName:
                parameters.EnsureOnly(MeanReversionStrategy.StrategyName, [.. MeanReversionStrategyOptions.ParameterNames, .. SettingNames]);
                return new MeanReversionStrategy(symbol, MeanReversionStrategyOptions.From(parameters), SymbolSettings.From(symbol, parameters));
            default:
                throw new ArgumentException($"unknown strategy '{name}'; known: {string.Join(", ", Names)}", nameof(name));
        }
    }
}
