using System.Globalization;
using SmartMarket.Trading.Indicators;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Smc;

namespace SmartMarket.Trading.Strategies;

/// <summary>
/// <c>mtf-trend</c>: the higher timeframe sets the trend, the lower one times a pullback entry. The trend is up when
/// the higher timeframe's fast EMA is above its slow EMA by at least
/// <see cref="MultiTimeframeTrendStrategyOptions.MinTrendSpreadAtr"/> higher-timeframe ATRs and the close is above
/// the slow EMA (down mirrored). In an uptrend a lower-timeframe RSI below
/// <see cref="MultiTimeframeTrendStrategyOptions.PullbackRsi"/> starts a pullback; the first up-close back above the
/// lower EMA with RSI above 50 buys at the close, stop beyond the pullback's low, targets at two reward multiples.
/// Confidence is 0.45 + 0.30 x trend strength (EMA spread over 2 higher ATRs, capped) + 0.25 x pullback depth (how
/// far the pullback reached below the entry EMA, in lower ATRs, capped at 1). The higher trend is only ever read from
/// higher bars that have closed.
/// </summary>
public sealed class MultiTimeframeTrendStrategy : StrategyBase
{
    /// <summary>The name <see cref="StrategyFactory"/> knows this strategy by.</summary>
    public const string StrategyName = "mtf-trend";

    private readonly MultiTimeframeTrendStrategyOptions _options;
    private readonly Ema _fast;
    private readonly Ema _slow;
    private readonly Atr _higherAtr;
    private readonly Ema _entryEma;
    private readonly Rsi _rsi;
    private readonly Atr _atr;
    private Bias _trend;
    private double _trendStrength;
    private bool _inPullback;
    private double _pullbackExtreme;

    /// <param name="options">Defaults when null; validated here.</param>
    /// <param name="settings">The symbol's defaults (<see cref="SymbolSettings.For"/>) when null.</param>
    public MultiTimeframeTrendStrategy(Symbol symbol, MultiTimeframeTrendStrategyOptions? options = null, SymbolSettings? settings = null)
        : base(StrategyName, symbol, settings, Checked(options).LowerTimeframe, Checked(options).HigherTimeframe)
    {
        _options = options ?? new MultiTimeframeTrendStrategyOptions();
        _fast = new Ema(_options.FastEmaPeriod);
        _slow = new Ema(_options.SlowEmaPeriod);
        _higherAtr = new Atr(_options.AtrPeriod);
        _entryEma = new Ema(_options.EntryEmaPeriod);
        _rsi = new Rsi(_options.RsiPeriod);
        _atr = new Atr(_options.AtrPeriod);
    }

    /// <summary>The validated options in use.</summary>
    public MultiTimeframeTrendStrategyOptions Options => _options;

    /// <summary>The trend of the latest closed higher-timeframe bar.</summary>
    public Bias Trend => _trend;

    private protected override Signal? Decide(Timeframe timeframe, in SmcBar bar)
    {
        if (timeframe == _options.HigherTimeframe)
        {
            UpdateTrend(bar);
            return null;
        }
        _entryEma.Update(bar.Close);
        _rsi.Update(bar.Close);
        _atr.Update(bar.High, bar.Low, bar.Close);
        if (_trend == Bias.None || !_entryEma.IsReady || !_rsi.IsReady || !_atr.IsReady)
            return null;

        var up = _trend == Bias.Bullish;
        var rsi = _rsi.Value;
        if (!_inPullback)
        {
            if (up ? rsi < _options.PullbackRsi : rsi > 100 - _options.PullbackRsi)
            {
                _inPullback = true;
                _pullbackExtreme = up ? bar.Low : bar.High;
            }
            return null;
        }
        _pullbackExtreme = up ? Math.Min(_pullbackExtreme, bar.Low) : Math.Max(_pullbackExtreme, bar.High);
        var ema = _entryEma.Value;
        var resumed = up
            ? bar.Close > ema && bar.Close > bar.Open && rsi > 50
            : bar.Close < ema && bar.Close < bar.Open && rsi < 50;
        return resumed ? Trade(bar, up ? Side.Buy : Side.Sell, ema) : null;
    }

    private protected override void ResetState()
    {
        _fast.Reset();
        _slow.Reset();
        _higherAtr.Reset();
        _entryEma.Reset();
        _rsi.Reset();
        _atr.Reset();
        _trend = Bias.None;
        _trendStrength = 0;
        _inPullback = false;
    }

    private static MultiTimeframeTrendStrategyOptions Checked(MultiTimeframeTrendStrategyOptions? options)
    {
        options ??= new MultiTimeframeTrendStrategyOptions();
        options.Validate();
        return options;
    }

    private void UpdateTrend(in SmcBar bar)
    {
        _fast.Update(bar.Close);
        _slow.Update(bar.Close);
        _higherAtr.Update(bar.High, bar.Low, bar.Close);
        var trend = Bias.None;
        if (_slow.IsReady && _higherAtr.IsReady)
        {
            var spread = (_fast.Value - _slow.Value) / _higherAtr.Value;
            if (spread >= _options.MinTrendSpreadAtr && bar.Close > _slow.Value)
                trend = Bias.Bullish;
            else if (spread <= -_options.MinTrendSpreadAtr && bar.Close < _slow.Value)
                trend = Bias.Bearish;
            _trendStrength = Math.Min(1.0, Math.Abs(spread) / 2.0);
        }
        if (trend != _trend)
            _inPullback = false;
        _trend = trend;
    }

    private Signal? Trade(in SmcBar bar, Side side, double ema)
    {
        // One entry per pullback, whether it is taken or skipped.
        _inPullback = false;
        var buy = side == Side.Buy;
        var atr = _atr.Value;
        var stopValue = buy ? _pullbackExtreme - _options.StopBufferAtr * atr : _pullbackExtreme + _options.StopBufferAtr * atr;
        var risk = Math.Abs(bar.Close - stopValue);
        if (risk < _options.MinRiskAtr * atr || risk > _options.MaxRiskAtr * atr)
            return null;

        var direction = buy ? 1.0 : -1.0;
        var depth = Math.Clamp(direction * (ema - _pullbackExtreme) / atr, 0.0, 1.0);
        var confidence = 0.45 + 0.30 * _trendStrength + 0.25 * depth;
        if (Suppressed(confidence))
            return null;

        var entry = bar.Candle.Close;
        var targets = Targets(side, entry, bar.Close + direction * _options.FirstTargetReward * risk, bar.Close + direction * _options.SecondTargetReward * risk);
        if (targets.Length == 0)
            return null;
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"{_options.HigherTimeframe.ToShortName()} {(buy ? "up" : "down")}trend (strength {_trendStrength:F2}); {_options.LowerTimeframe.ToShortName()} pullback to {Price(_pullbackExtreme, entry)} resumed through EMA {_options.EntryEmaPeriod}");
        return Emit(bar, side, confidence, entry, Price(stopValue, entry), targets, reason);
    }
}
