namespace SmartMarket.Trading.Synthetic;

/// <summary>
/// Settings of the synthetic market: symbols, the correlation of their shocks, the regime chain, volume shape and
/// the tick rate. Bound from the "SyntheticMarket" section; <see cref="Validate"/> runs before use.
/// </summary>
public sealed class SyntheticMarketOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "SyntheticMarket";

    /// <summary>Same seed, same market: every price, volume, tick and regime is a function of it.</summary>
    public ulong Seed { get; set; } = 1;

    /// <summary>UTC time of the first minute, on a whole minute; prices are at their start values then.</summary>
    public DateTime Start { get; set; } = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The symbols; see <see cref="CreateDefault"/> for BTC, ETH, SOL and ADA.</summary>
    public IList<SyntheticSymbolOptions> Symbols { get; set; } = [];

    /// <summary>Correlation matrix of the symbols' per-minute shocks, in the order of <see cref="Symbols"/>.</summary>
    public double[][] Correlation { get; set; } = [];

    /// <summary>Mean time between trades of one symbol at average activity.</summary>
    public TimeSpan MeanTickInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Mean length of a sideways regime.</summary>
    public TimeSpan RangeMeanDuration { get; set; } = TimeSpan.FromDays(4);

    /// <summary>Mean length of an up trend.</summary>
    public TimeSpan TrendUpMeanDuration { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Mean length of a down trend.</summary>
    public TimeSpan TrendDownMeanDuration { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Trend drift per minute, in units of the symbol's long-run per-minute volatility.</summary>
    public double TrendStrength { get; set; } = 0.02;

    /// <summary>Time constant of the pull back toward the regime's starting level in a range.</summary>
    public TimeSpan RangeReversionTime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Relative swing of activity over the UTC day: 0.4 means 40 % above average at the peak hour.</summary>
    public double IntradayAmplitude { get; set; } = 0.4;

    /// <summary>UTC hour (0-24, fractions allowed) of the busiest time of day.</summary>
    public double PeakHourUtc { get; set; } = 15;

    /// <summary>Activity rises with volatility as (σ / long-run σ) to this power: the volume/volatility link.</summary>
    public double VolumeVolatilityElasticity { get; set; } = 1.0;

    /// <summary>BTCUSDT, ETHUSDT, SOLUSDT and ADAUSDT at about 60,000 / 3,000 / 150 / 0.5 with exchange-like steps.</summary>
    public static SyntheticMarketOptions CreateDefault(ulong seed = 1) => new()
    {
        Seed = seed,
        Symbols =
        [
            Symbol("BTCUSDT", 60_000m, 0.01m, 0.00001m, 0.60, 45m),
            Symbol("ETHUSDT", 3_000m, 0.01m, 0.0001m, 0.75, 600m),
            Symbol("SOLUSDT", 150m, 0.01m, 0.001m, 1.00, 4_000m),
            Symbol("ADAUSDT", 0.5m, 0.0001m, 0.1m, 0.90, 300_000m),
        ],
        Correlation =
        [
            [1.00, 0.85, 0.75, 0.72],
            [0.85, 1.00, 0.78, 0.76],
            [0.75, 0.78, 1.00, 0.70],
            [0.72, 0.76, 0.70, 1.00],
        ],
    };

    /// <summary>Throws one <see cref="ArgumentException"/> listing every invalid setting; returns quietly when all are valid.</summary>
    public void Validate()
    {
        var problems = SyntheticMarketOptionsValidator.Problems(this);
        if (problems.Count > 0)
            throw new ArgumentException($"{SectionName} options are invalid: " + string.Join("; ", problems) + ".");
    }

    private static SyntheticSymbolOptions Symbol(string ticker, decimal price, decimal tick, decimal step, double volatility, decimal volume) => new()
    {
        Ticker = ticker,
        StartPrice = price,
        TickSize = tick,
        QuantityStep = step,
        AnnualVolatility = volatility,
        MeanVolumePerMinute = volume,
    };
}
