using System.Globalization;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Smc;

namespace SmartMarket.Trading.Strategies;

/// <summary>
/// <c>daily-ohlc-zone</c>: trades rejections at the previous UTC day's open, high, low and close. A bar that opens
/// above a level, wicks down to it (within the touch tolerance, or through it) and closes back above it with a
/// lower wick of at least <see cref="DailyOhlcZoneStrategyOptions.MinWickShare"/> of its range is a buy at the close;
/// the mirror image is a sell. Each level trades at most once per side per day. The stop goes beyond the wick;
/// targets are the next previous-day level beyond entry (when far enough) and a fixed reward multiple.
/// Confidence is 0.4 + 0.25 x the level's strength score + 0.35 x the SMC confluence at the level.
/// </summary>
public sealed class DailyOhlcZoneStrategy : StrategyBase
{
    /// <summary>The name <see cref="StrategyFactory"/> knows this strategy by.</summary>
    public const string StrategyName = "daily-ohlc-zone";

    private readonly DailyOhlcZoneStrategyOptions _options;
    private readonly double[] _levels = new double[4];
    private readonly DailyLevel[] _sources = new DailyLevel[4];

    // Bit i set: level i has already produced a buy (low nibble) or a sell (high nibble) today.
    private int _used;

    /// <param name="options">Defaults when null; validated here.</param>
    /// <param name="settings">The symbol's defaults (<see cref="SymbolSettings.For"/>) when null.</param>
    public DailyOhlcZoneStrategy(Symbol symbol, DailyOhlcZoneStrategyOptions? options = null, SymbolSettings? settings = null)
        : base(StrategyName, symbol, settings, Checked(options).Timeframe)
    {
        _options = options ?? new DailyOhlcZoneStrategyOptions();
        Analyzer = new SmcAnalyzer(symbol, _options.Timeframe, _options.ToSmcOptions());
    }

    /// <summary>The validated options in use.</summary>
    public DailyOhlcZoneStrategyOptions Options => _options;

    /// <summary>The SMC state (daily levels, trend, confluence) the strategy trades on.</summary>
    public SmcAnalyzer Analyzer { get; }

    private protected override Signal? Decide(Timeframe timeframe, in SmcBar bar)
    {
        var changes = Analyzer.UpdateChecked(bar);
        if ((changes & SmcChanges.DailyLevels) != 0)
            TakeLevels(Analyzer.Daily.Previous);
        var atr = Analyzer.Atr;
        var range = bar.High - bar.Low;
        if (!Analyzer.Daily.Previous.Exists || !(atr > 0) || range <= 0)
            return null;

        var tolerance = _options.TouchToleranceAtr * atr;
        var minWick = _options.MinWickShare * range;
        var lowerWick = Math.Min(bar.Open, bar.Close) - bar.Low;
        var upperWick = bar.High - Math.Max(bar.Open, bar.Close);
        int bestBuy = -1, bestSell = -1;
        for (var i = 0; i < _levels.Length; i++)
        {
            var level = _levels[i];
            if ((_used & (1 << i)) == 0 && lowerWick >= minWick && bar.Low <= level + tolerance && bar.Open > level && bar.Close > level
                && (bestBuy < 0 || _sources[i].Score > _sources[bestBuy].Score))
                bestBuy = i;
            if ((_used & (16 << i)) == 0 && upperWick >= minWick && bar.High >= level - tolerance && bar.Open < level && bar.Close < level
                && (bestSell < 0 || _sources[i].Score > _sources[bestSell].Score))
                bestSell = i;
        }
        // A bar rejecting both ways is indecision, not a reaction.
        if (bestBuy >= 0 && bestSell >= 0)
            return null;
        if (bestBuy >= 0)
        {
            _used |= 1 << bestBuy;
            return Trade(bar, Side.Buy, bestBuy, atr);
        }
        if (bestSell >= 0)
        {
            _used |= 16 << bestSell;
            return Trade(bar, Side.Sell, bestSell, atr);
        }
        return null;
    }

    private protected override void ResetState()
    {
        Analyzer.Reset();
        _used = 0;
        Array.Clear(_levels);
        Array.Clear(_sources);
    }

    private static DailyOhlcZoneStrategyOptions Checked(DailyOhlcZoneStrategyOptions? options)
    {
        options ??= new DailyOhlcZoneStrategyOptions();
        options.Validate();
        return options;
    }

    private void TakeLevels(in DailyLevels day)
    {
        _sources[0] = day.Open;
        _sources[1] = day.High;
        _sources[2] = day.Low;
        _sources[3] = day.Close;
        for (var i = 0; i < _levels.Length; i++)
            _levels[i] = (double)_sources[i].Price;
        _used = 0;
    }

    private Signal? Trade(in SmcBar bar, Side side, int levelIndex, double atr)
    {
        var buy = side == Side.Buy;
        var entry = bar.Candle.Close;
        var stopValue = buy ? bar.Low - _options.StopBufferAtr * atr : bar.High + _options.StopBufferAtr * atr;
        var risk = Math.Abs(bar.Close - stopValue);
        if (risk < _options.MinRiskAtr * atr || risk > _options.MaxRiskAtr * atr)
            return null;

        var source = _sources[levelIndex];
        var confluence = Analyzer.Confluence(side, source.Price);
        var confidence = 0.4 + 0.25 * source.Score + 0.35 * confluence.Score;
        if (Suppressed(confidence))
            return null;

        var fixedTarget = bar.Close + (buy ? 1 : -1) * _options.TargetRewardRatio * risk;
        var next = double.NaN;
        foreach (var level in _levels)
        {
            var distance = buy ? level - bar.Close : bar.Close - level;
            if (distance >= _options.MinLevelReward * risk && distance < Math.Abs(fixedTarget - bar.Close)
                && (double.IsNaN(next) || distance < Math.Abs(next - bar.Close)))
                next = level;
        }
        var targets = Targets(side, entry, next, fixedTarget);
        if (targets.Length == 0)
            return null;

        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"{(buy ? "rejection up from" : "rejection down from")} previous day {KindName(source.Kind)} {source.Price} ({StrengthName(source.Strength)}, {source.Touches} touches); confluence {confluence.Score:F2}: {confluence.FactorNames}");
        return Emit(bar, side, confidence, entry, Price(stopValue, entry), targets, reason);
    }

    private static string KindName(DailyLevelKind kind) => kind switch
    {
        DailyLevelKind.Open => "open",
        DailyLevelKind.High => "high",
        DailyLevelKind.Low => "low",
        _ => "close",
    };

    private static string StrengthName(LevelStrength strength) => strength switch
    {
        LevelStrength.Strong => "strong",
        LevelStrength.Moderate => "moderate",
        _ => "weak",
    };
}
