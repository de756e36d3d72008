using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Synthetic;

/// <summary>
/// Turns a symbol's minutes into 1m candles. Open and close are the path's minute ends; high and low come from a
/// Brownian bridge between them sampled every five seconds; volume follows activity (time of day and volatility)
/// and the size of the minute's shock, with log-normal noise.
/// </summary>
internal sealed class MinuteCandleBuilder
{
    private const int BridgeSteps = 12;

    // E[0.6 + 0.5 |z|] = 0.6 + 0.5 · sqrt(2/π) ≈ 1, so the shock term reshapes volume without changing its mean.
    private const double ShockVolumeBase = 0.6;
    private const double ShockVolumeWeight = 0.5;
    private const double VolumeNoise = 0.3;

    private readonly SyntheticModel _model;
    private readonly SymbolModel _symbol;
    private readonly SymbolPath _path;
    private readonly Xoshiro256StarStar _own = new(0);

    public MinuteCandleBuilder(SyntheticModel model, SymbolModel symbol)
    {
        _model = model;
        _symbol = symbol;
        _path = new SymbolPath(model, symbol);
    }

    /// <summary>Index of the minute the next <see cref="Next"/> produces.</summary>
    public long NextMinute => _path.NextMinute;

    /// <summary>Advances without building candles, up to (not including) <paramref name="minute"/>.</summary>
    public void SkipTo(long minute)
    {
        while (_path.NextMinute < minute)
            _path.Step();
    }

    public Candle Next()
    {
        var step = _path.Step();
        _own.Reseed(_model.Seed, SyntheticModel.CandleStreamBase + (ulong)_symbol.Index, (ulong)step.Minute);

        double high = Math.Max(step.LogOpen, step.LogClose), low = Math.Min(step.LogOpen, step.LogClose);
        var x = step.LogOpen;
        var stepVariance = step.Variance / BridgeSteps;
        for (var remaining = BridgeSteps; remaining > 1; remaining--)
        {
            // Brownian bridge: the next point given the current one and the fixed end, `remaining` steps ahead.
            var mean = x + (step.LogClose - x) / remaining;
            var variance = stepVariance * (remaining - 1) / remaining;
            x = mean + Math.Sqrt(variance) * _own.NextGaussian();
            high = Math.Max(high, x);
            low = Math.Min(low, x);
        }

        var openTicks = _model.StartTicks + step.Minute * TimeSpan.TicksPerMinute;
        var activity = _model.Activity(openTicks, step.Variance, _symbol.LongRunVariance);
        var noise = Math.Exp(VolumeNoise * _own.NextGaussian() - 0.5 * VolumeNoise * VolumeNoise);
        var volume = _symbol.MeanVolumePerMinute * activity * (ShockVolumeBase + ShockVolumeWeight * Math.Abs(step.Shock)) * noise;

        return new Candle(
            new DateTime(openTicks, DateTimeKind.Utc),
            _symbol.ToPrice(step.LogOpen),
            _symbol.ToPrice(high),
            _symbol.ToPrice(low),
            _symbol.ToPrice(step.LogClose),
            _symbol.ToQuantity(volume, atLeastOneStep: false));
    }
}
