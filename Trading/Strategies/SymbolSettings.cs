using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Strategies;

/// <summary>Per-symbol strategy settings: the weakest signal worth emitting and the position size it asks for.</summary>
/// <param name="MinConfidence">Signals below this confidence (0..1) are not emitted.</param>
/// <param name="PositionSizeFraction">Share of equity a position should use: 0.03 is 3 %.</param>
public sealed record SymbolSettings(double MinConfidence, decimal PositionSizeFraction)
{
    /// <summary>For symbols without their own defaults: 0.70 and 1 % of equity.</summary>
    public static SymbolSettings Default { get; } = new(0.70, 0.01m);

    /// <summary>
    /// The defaults for <paramref name="symbol"/>: BTCUSDT 0.75 / 3 %, ETHUSDT 0.70 / 2.5 %, SOLUSDT 0.65 / 2 %,
    /// ADAUSDT 0.65 / 1.5 %, any other symbol <see cref="Default"/>.
    /// </summary>
    public static SymbolSettings For(Symbol symbol) => symbol.Ticker switch
    {
        "BTCUSDT" => new(0.75, 0.03m),
        "ETHUSDT" => new(0.70, 0.025m),
        "SOLUSDT" => new(0.65, 0.02m),
        "ADAUSDT" => new(0.65, 0.015m),
        _ => Default,
    };

    /// <summary>The defaults for <paramref name="symbol"/> overridden by <c>MinConfidence</c> and <c>PositionSizeFraction</c> if given.</summary>
    public static SymbolSettings From(Symbol symbol, StrategyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var defaults = For(symbol);
        var settings = new SymbolSettings(
            parameters.GetDouble(nameof(MinConfidence), defaults.MinConfidence),
            parameters.GetDecimal(nameof(PositionSizeFraction), defaults.PositionSizeFraction));
        settings.Validate();
        return settings;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the setting out of range.</summary>
    public void Validate()
    {
        OptionChecks.Between(MinConfidence, 0, 1, nameof(MinConfidence));
        if (PositionSizeFraction <= 0 || PositionSizeFraction > 1)
            throw new ArgumentOutOfRangeException(nameof(PositionSizeFraction), PositionSizeFraction, $"{nameof(PositionSizeFraction)} must be above 0 and at most 1 (a share of equity)");
    }
}
