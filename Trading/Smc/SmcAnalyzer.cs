using SmartMarket.Trading.Indicators;
using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Smc;

/// <summary>
/// Smart Money Concepts for one symbol and timeframe, fed one closed candle at a time: swings, structure breaks,
/// order blocks, fair value gaps, liquidity pools, the dealing range and the previous day's levels. Each update is
/// O(1) amortized (bounded loops over the bounded live structures) and allocates nothing; events go to an optional
/// <see cref="ISmcEventSink"/> stamped with the close of the bar that revealed them.
/// </summary>
public sealed class SmcAnalyzer
{
    private readonly long _barTicks;
    private readonly TimeSpan _barLength;
    private readonly BarHistory _history;
    private readonly Atr _atr;
    private readonly ISmcEventSink? _sink;
    private DateTime _lastOpen;

    /// <param name="options">Defaults when null; validated here.</param>
    /// <param name="sink">Receives every event; null to skip them.</param>
    public SmcAnalyzer(Symbol symbol, Timeframe timeframe, SmcOptions? options = null, ISmcEventSink? sink = null)
    {
        if (!Enum.IsDefined(timeframe))
            throw new ArgumentOutOfRangeException(nameof(timeframe), timeframe, "unknown timeframe");
        Options = options ?? new SmcOptions();
        Options.Validate();
        Symbol = symbol;
        Timeframe = timeframe;
        _barLength = timeframe.Duration();
        _barTicks = _barLength.Ticks;
        _sink = sink;
        _history = new BarHistory(Math.Max(Options.OrderBlockLookback, 2 * Options.SwingLength + 1));
        _atr = new Atr(Options.AtrPeriod);
        Swings = new SwingDetector(Options.SwingLength);
        Structure = new StructureDetector();
        OrderBlocks = new OrderBlockTracker(Options.MaxOrderBlocks, Options.OrderBlockLookback);
        FairValueGaps = new FairValueGapTracker(Options.MaxFairValueGaps);
        Liquidity = new LiquidityTracker(Options.MaxLiquidityPools, Options.LiquiditySwingLookback);
        Daily = new DailyLevelTracker(_barLength, Options.DailyAverageDays, Options.DailyTouchShare);
    }

    /// <summary>The market analysed.</summary>
    public Symbol Symbol { get; }

    /// <summary>The timeframe of the candles fed.</summary>
    public Timeframe Timeframe { get; }

    /// <summary>The validated settings in use.</summary>
    public SmcOptions Options { get; }

    /// <summary>The latest confirmed swings.</summary>
    public SwingDetector Swings { get; }

    /// <summary>Trend and the latest BOS/CHoCH.</summary>
    public StructureDetector Structure { get; }

    /// <summary>Live order blocks.</summary>
    public OrderBlockTracker OrderBlocks { get; }

    /// <summary>Unfilled fair value gaps.</summary>
    public FairValueGapTracker FairValueGaps { get; }

    /// <summary>Active equal-high and equal-low pools.</summary>
    public LiquidityTracker Liquidity { get; }

    /// <summary>The previous UTC day's levels.</summary>
    public DailyLevelTracker Daily { get; }

    /// <summary>Candles taken so far.</summary>
    public long BarCount => _history.Count;

    /// <summary>Close time of the latest candle (UTC); default before the first.</summary>
    public DateTime Time { get; private set; }

    /// <summary>The trend from market structure.</summary>
    public Bias Trend => Structure.Trend;

    /// <summary>Wilder ATR of the timeframe; NaN during warm-up.</summary>
    public double Atr => _atr.Value;

    /// <summary>From the last confirmed swing low to the last confirmed swing high.</summary>
    public DealingRange DealingRange
    {
        get
        {
            SwingPoint high = Swings.LastHigh, low = Swings.LastLow;
            var knownAt = high.Exists && low.Exists ? (high.KnownAt > low.KnownAt ? high.KnownAt : low.KnownAt) : default;
            return new DealingRange(high.Price, low.Price, knownAt, Options.EquilibriumHalfWidth);
        }
    }

    /// <summary>Takes the next closed candle; returns what it changed. A rejected candle leaves the state untouched.</summary>
    /// <exception cref="ArgumentException">Inconsistent prices, local or off-grid time, or a time not after the previous candle.</exception>
    public SmcChanges Update(in Candle candle)
    {
        var bar = new SmcBar(candle, _history.Count, candle.OpenTime + _barLength);
        BarChecks.Validate(bar, _barTicks, _lastOpen, _history.Count > 0, nameof(candle));
        return Apply(bar);
    }

    /// <summary>Takes a bar of this timeframe whose prices and grid alignment the caller has already checked.</summary>
    internal SmcChanges UpdateChecked(in SmcBar checkedBar)
    {
        if (_history.Count > 0 && checkedBar.Candle.OpenTime <= _lastOpen)
            throw new ArgumentException($"candle at {checkedBar.Candle.OpenTime:O}: OpenTime is not after the previous candle's {_lastOpen:O}", nameof(checkedBar));
        return checkedBar.Index == _history.Count ? Apply(checkedBar) : Apply(new SmcBar(checkedBar, _history.Count));
    }

    /// <summary>Scores how many SMC facts support a trade on <paramref name="side"/> at <paramref name="price"/>.</summary>
    public ConfluenceScore Confluence(Side side, decimal price)
    {
        var direction = side == Side.Buy ? Bias.Bullish : Bias.Bearish;
        var value = (double)price;
        var factors = ConfluenceFactors.None;
        var score = 0.0;
        if (Trend == direction)
            Add(ConfluenceFactors.Trend, Options.TrendWeight);
        if (OrderBlocks.AnyContains(direction, value))
            Add(ConfluenceFactors.OrderBlock, Options.OrderBlockWeight);
        if (FairValueGaps.AnyContains(direction, value))
            Add(ConfluenceFactors.FairValueGap, Options.FairValueGapWeight);
        if (NearDailyLevel(value))
            Add(ConfluenceFactors.DailyLevel, Options.DailyLevelWeight);
        var zone = DealingRange.ZoneOf(price);
        if (side == Side.Buy ? zone == PriceZone.Discount : zone == PriceZone.Premium)
            Add(ConfluenceFactors.PremiumDiscount, Options.PremiumDiscountWeight);
        return new ConfluenceScore(Math.Min(1.0, score / Options.TotalWeight), factors);

        void Add(ConfluenceFactors factor, double weight)
        {
            factors |= factor;
            score += weight;
        }
    }

    /// <summary>Copies the current state into an immutable snapshot (allocates; not for the per-candle path).</summary>
    public SmcSnapshot Snapshot() => new(
        Symbol,
        Timeframe,
        Time,
        Trend,
        Structure.LastBreak,
        Swings.LastHigh,
        Swings.LastLow,
        DealingRange,
        OrderBlocks.Active.ToArray(),
        FairValueGaps.Open.ToArray(),
        Liquidity.Active.ToArray(),
        Daily.Previous,
        Atr);

    /// <summary>Forgets every candle, as if newly constructed.</summary>
    public void Reset()
    {
        _history.Clear();
        _atr.Reset();
        Swings.Clear();
        Structure.Clear();
        OrderBlocks.Clear();
        FairValueGaps.Clear();
        Liquidity.Clear();
        Daily.Clear();
        _lastOpen = default;
        Time = default;
    }

    private SmcChanges Apply(in SmcBar bar)
    {
        _lastOpen = bar.Candle.OpenTime;
        Time = bar.CloseTime;
        _history.Add(bar);
        _atr.Update(bar.High, bar.Low, bar.Close);
        var atr = _atr.IsReady ? _atr.Value : 0.0;

        var changes = Swings.Step(bar, _history);
        if (changes != SmcChanges.None && _sink is not null)
            ReportSwings(changes);
        var broke = Structure.Step(bar, Swings, changes);
        if (broke != SmcChanges.None)
        {
            changes |= broke;
            _sink?.OnStructureBreak(Structure.LastBreak);
        }
        changes |= OrderBlocks.Step(bar, _history, Structure.LastBreak, broke != SmcChanges.None, _sink);
        changes |= FairValueGaps.Step(bar, _history, Options.MinFairValueGapAtr * atr, _sink);
        var tolerance = Math.Max(Options.EqualLevelAtr * atr, Options.EqualLevelPercent * 0.01 * bar.Close);
        changes |= Liquidity.Step(bar, Swings, changes, tolerance, _sink);
        changes |= Daily.Step(bar, _sink);
        return changes;
    }

    private bool NearDailyLevel(double price)
    {
        var day = Daily.Previous;
        if (!day.Exists || !_atr.IsReady)
            return false;
        var reach = Options.DailyLevelProximityAtr * _atr.Value;
        return Math.Abs(price - (double)day.Open.Price) <= reach || Math.Abs(price - (double)day.High.Price) <= reach
            || Math.Abs(price - (double)day.Low.Price) <= reach || Math.Abs(price - (double)day.Close.Price) <= reach;
    }

    private void ReportSwings(SmcChanges changes)
    {
        if ((changes & SmcChanges.SwingHigh) != 0)
            _sink!.OnSwing(Swings.LastHigh);
        if ((changes & SmcChanges.SwingLow) != 0)
            _sink!.OnSwing(Swings.LastLow);
    }
}
