using System.Globalization;
using SmartMarket.Trading.Indicators;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Smc;

namespace SmartMarket.Trading.Strategies;

/// <summary>
/// <c>mean-reversion</c>: fades Bollinger Band extremes while the market ranges. When the efficiency ratio says the
/// market is going nowhere, a close below the lower band with RSI below
/// <see cref="MeanReversionStrategyOptions.OversoldRsi"/> buys at the close (the mirror image sells), stop beyond the
/// bar's extreme by <see cref="MeanReversionStrategyOptions.StopAtr"/> ATRs, targets the middle band then the
/// opposite band. After a signal that side waits until a close back inside the bands. Confidence is 0.45 + 0.25 x
/// RSI extremity (15 points past the threshold = 1) + 0.15 x the close's distance outside the band (1 ATR = 1)
/// + 0.15 x how flat the range is (1 - efficiency / maximum).
/// </summary>
public sealed class MeanReversionStrategy : StrategyBase
{
    /// <summary>The name <see cref="StrategyFactory"/> knows this strategy by.</summary>
    public const string StrategyName = "mean-reversion";

    private readonly MeanReversionStrategyOptions _options;
    private readonly BollingerBands _bands;
    private readonly Rsi _rsi;
    private readonly Atr _atr;
    private readonly EfficiencyRatio _efficiency;
    private bool _buyArmed = true;
    private bool _sellArmed = true;

    /// <param name="options">Defaults when null; validated here.</param>
    /// <param name="settings">The symbol's defaults (<see cref="SymbolSettings.For"/>) when null.</param>
    public MeanReversionStrategy(Symbol symbol, MeanReversionStrategyOptions? options = null, SymbolSettings? settings = null)
        : base(StrategyName, symbol, settings, Checked(options).Timeframe)
    {
        _options = options ?? new MeanReversionStrategyOptions();
        _bands = new BollingerBands(_options.BollingerPeriod, _options.BollingerWidth);
        _rsi = new Rsi(_options.RsiPeriod);
        _atr = new Atr(_options.AtrPeriod);
        _efficiency = new EfficiencyRatio(_options.EfficiencyPeriod);
    }

    /// <summary>The validated options in use.</summary>
    public MeanReversionStrategyOptions Options => _options;

    private protected override Signal? Decide(Timeframe timeframe, in SmcBar bar)
    {
        _bands.Update(bar.Close);
        _rsi.Update(bar.Close);
        _atr.Update(bar.High, bar.Low, bar.Close);
        _efficiency.Update(bar.Close);
        if (!_bands.IsReady || !_rsi.IsReady || !_atr.IsReady || !_efficiency.IsReady)
            return null;

        double lower = _bands.Lower, upper = _bands.Upper;
        _buyArmed |= bar.Close >= lower;
        _sellArmed |= bar.Close <= upper;
        var efficiency = _efficiency.Value;
        if (efficiency >= _options.MaxEfficiency)
            return null;
        var rsi = _rsi.Value;
        if (_buyArmed && bar.Close < lower && rsi < _options.OversoldRsi)
        {
            _buyArmed = false;
            return Trade(bar, Side.Buy, (_options.OversoldRsi - rsi) / 15.0, (lower - bar.Close) / _atr.Value, efficiency);
        }
        if (_sellArmed && bar.Close > upper && rsi > 100 - _options.OversoldRsi)
        {
            _sellArmed = false;
            return Trade(bar, Side.Sell, (rsi - (100 - _options.OversoldRsi)) / 15.0, (bar.Close - upper) / _atr.Value, efficiency);
        }
        return null;
    }

    private protected override void ResetState()
    {
        _bands.Reset();
        _rsi.Reset();
        _atr.Reset();
        _efficiency.Reset();
        _buyArmed = true;
        _sellArmed = true;
    }

    private static MeanReversionStrategyOptions Checked(MeanReversionStrategyOptions? options)
    {
        options ??= new MeanReversionStrategyOptions();
        options.Validate();
        return options;
    }

    private Signal? Trade(in SmcBar bar, Side side, double extremity, double excess, double efficiency)
    {
        var buy = side == Side.Buy;
        var entry = bar.Candle.Close;
        var atr = _atr.Value;
        var stopValue = buy ? bar.Low - _options.StopAtr * atr : bar.High + _options.StopAtr * atr;
        var confidence = 0.45 + 0.25 * Math.Clamp(extremity, 0, 1) + 0.15 * Math.Clamp(excess, 0, 1)
            + 0.15 * Math.Clamp(1 - efficiency / _options.MaxEfficiency, 0, 1);
        if (Suppressed(confidence))
            return null;
        var targets = Targets(side, entry, _bands.Middle, buy ? _bands.Upper : _bands.Lower);
        if (targets.Length == 0)
            return null;
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"close {(buy ? "below the lower" : "above the upper")} Bollinger band with RSI {_rsi.Value:F1} in a range (efficiency {efficiency:F2}); first target the middle band");
        return Emit(bar, side, confidence, entry, Price(stopValue, entry), targets, reason);
    }
}
