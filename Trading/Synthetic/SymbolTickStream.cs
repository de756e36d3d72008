using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Synthetic;

/// <summary>
/// Trades of one symbol. Arrivals are Poisson with a rate that follows activity (time of day, volatility), fixed
/// within a minute; prices follow a Brownian bridge through the path's minute closes, so the ticks of a minute end
/// near the close of the matching generated candle. Aggressor by the tick rule (up-tick = buyer).
/// </summary>
internal sealed class SymbolTickStream
{
    private readonly SyntheticModel _model;
    private readonly SymbolModel _symbol;
    private readonly SymbolPath _path;
    private readonly Xoshiro256StarStar _random;
    private readonly double _meanQuantity;
    private long _time;
    private double _logPrice;
    private long _minuteEnd;
    private double _logClose;
    private double _variancePerTick;
    private double _meanGapTicks;
    private decimal _lastPrice;

    public SymbolTickStream(SyntheticModel model, SymbolModel symbol)
    {
        _model = model;
        _symbol = symbol;
        _path = new SymbolPath(model, symbol);
        _random = new Xoshiro256StarStar(0);
        _random.Reseed(model.Seed, SyntheticModel.TickStreamBase + (ulong)symbol.Index, 0);
        _meanQuantity = symbol.MeanVolumePerMinute * model.MeanTickIntervalTicks / TimeSpan.TicksPerMinute;
        _time = model.StartTicks;
        _minuteEnd = model.StartTicks;
        _lastPrice = symbol.StartPrice;
        EnterNextMinute();
    }

    public Tick Next()
    {
        var next = _time + (long)(_random.NextExponential() * _meanGapTicks);
        while (next >= _minuteEnd)
        {
            // Exponential gaps are memoryless: at a minute boundary the wait restarts at the new minute's rate.
            _time = _minuteEnd;
            EnterNextMinute();
            next = _time + (long)(_random.NextExponential() * _meanGapTicks);
        }

        var dt = (double)(next - _time);
        var remaining = (double)(_minuteEnd - _time);
        var mean = _logPrice + (_logClose - _logPrice) * dt / remaining;
        var variance = _variancePerTick * dt * (remaining - dt) / remaining;
        _logPrice = mean + Math.Sqrt(variance) * _random.NextGaussian();
        _time = next;

        var price = _symbol.ToPrice(_logPrice);
        var side = price > _lastPrice ? Side.Buy
            : price < _lastPrice ? Side.Sell
            : _random.NextDouble() < 0.5 ? Side.Buy : Side.Sell;
        _lastPrice = price;
        var quantity = _symbol.ToQuantity(_random.NextExponential() * _meanQuantity, atLeastOneStep: true);
        // Exchanges stamp trades in milliseconds; flooring keeps the order and the minute.
        var stamp = _time - _time % TimeSpan.TicksPerMillisecond;
        return new Tick(new DateTime(stamp, DateTimeKind.Utc), price, quantity, side);
    }

    private void EnterNextMinute()
    {
        var step = _path.Step();
        _logPrice = step.LogOpen; // the previous minute's close: the bridge is continuous across minutes
        _logClose = step.LogClose;
        _minuteEnd += TimeSpan.TicksPerMinute;
        _variancePerTick = step.Variance / TimeSpan.TicksPerMinute;
        var activity = _model.Activity(_minuteEnd - TimeSpan.TicksPerMinute, step.Variance, _symbol.LongRunVariance);
        _meanGapTicks = _model.MeanTickIntervalTicks / activity;
    }
}
