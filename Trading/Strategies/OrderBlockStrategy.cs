using System.Globalization;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Smc;

namespace SmartMarket.Trading.Strategies;

/// <summary>
/// <c>smc-order-block</c>: trades the first retest of a fresh order block in the direction of the market-structure
/// trend. On the bar that first trades back into a bullish block while the trend is bullish, and closes above the
/// block's middle (the block held), it buys at the close; sells mirror this. The stop goes beyond the block's far
/// side; targets are the opposing liquidity (the nearest buy-side pool or swing high above, for a buy) when it is at
/// least <see cref="OrderBlockStrategyOptions.MinLiquidityReward"/> risks away, and a fixed reward multiple.
/// Confidence is 0.35 + 0.65 x the SMC confluence at the block's middle, so trend and block alone give 0.675 and
/// discount/premium, an overlapping gap or a nearby daily level raise it.
/// </summary>
public sealed class OrderBlockStrategy : StrategyBase
{
    /// <summary>The name <see cref="StrategyFactory"/> knows this strategy by.</summary>
    public const string StrategyName = "smc-order-block";

    private readonly OrderBlockStrategyOptions _options;

    /// <param name="options">Defaults when null; validated here.</param>
    /// <param name="settings">The symbol's defaults (<see cref="SymbolSettings.For"/>) when null.</param>
    public OrderBlockStrategy(Symbol symbol, OrderBlockStrategyOptions? options = null, SymbolSettings? settings = null)
        : base(StrategyName, symbol, settings, Checked(options).Timeframe)
    {
        _options = options ?? new OrderBlockStrategyOptions();
        Analyzer = new SmcAnalyzer(symbol, _options.Timeframe, _options.ToSmcOptions());
    }

    /// <summary>The validated options in use.</summary>
    public OrderBlockStrategyOptions Options => _options;

    /// <summary>The SMC state the strategy trades on, readable between candles.</summary>
    public SmcAnalyzer Analyzer { get; }

    private protected override Signal? Decide(Timeframe timeframe, in SmcBar bar)
    {
        var changes = Analyzer.UpdateChecked(bar);
        if ((changes & SmcChanges.OrderBlockMitigated) == 0)
            return null;
        var trend = Analyzer.Trend;
        var atr = Analyzer.Atr;
        if (trend == Bias.None || !(atr > 0))
            return null;

        var current = Analyzer.BarCount - 1;
        var best = -1;
        var bestConfluence = default(ConfluenceScore);
        var blocks = Analyzer.OrderBlocks.Active;
        var side = trend == Bias.Bullish ? Side.Buy : Side.Sell;
        for (var i = 0; i < blocks.Length; i++)
        {
            ref readonly var block = ref blocks[i];
            if (block.State != OrderBlockState.Mitigated || block.UpdatedAt != bar.CloseTime || block.Direction != trend
                || current - block.OriginIndex > _options.MaxBlockAgeBars)
                continue;
            var middle = (block.High + block.Low) / 2m;
            var held = trend == Bias.Bullish ? bar.Candle.Close > middle : bar.Candle.Close < middle;
            if (!held)
                continue;
            var confluence = Analyzer.Confluence(side, middle);
            if (best < 0 || confluence.Score > bestConfluence.Score)
            {
                best = i;
                bestConfluence = confluence;
            }
        }
        return best < 0 ? null : Trade(bar, blocks[best], side, bestConfluence, atr);
    }

    private protected override void ResetState() => Analyzer.Reset();

    private static OrderBlockStrategyOptions Checked(OrderBlockStrategyOptions? options)
    {
        options ??= new OrderBlockStrategyOptions();
        options.Validate();
        return options;
    }

    private Signal? Trade(in SmcBar bar, in OrderBlock block, Side side, ConfluenceScore confluence, double atr)
    {
        var buy = side == Side.Buy;
        var entry = bar.Candle.Close;
        var buffer = _options.StopBufferAtr * atr;
        var stopValue = buy ? (double)block.Low - buffer : (double)block.High + buffer;
        var risk = Math.Abs(bar.Close - stopValue);
        if (risk < _options.MinRiskAtr * atr || risk > _options.MaxRiskAtr * atr)
            return null;

        var confidence = 0.35 + 0.65 * confluence.Score;
        if (Suppressed(confidence))
            return null;

        var fixedTarget = bar.Close + (buy ? 1 : -1) * _options.TargetRewardRatio * risk;
        var liquidity = OpposingLiquidity(buy, bar.Close);
        if (Math.Abs(liquidity - bar.Close) < _options.MinLiquidityReward * risk)
            liquidity = double.NaN;
        var targets = Targets(side, entry, liquidity, fixedTarget);
        if (targets.Length == 0)
            return null;

        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"{(buy ? "bullish" : "bearish")} order block {block.Low}-{block.High} from {block.OriginTime:s} ({(block.CausedBy == StructureBreakKind.ChangeOfCharacter ? "CHoCH" : "BOS")}) retested and held in trend; confluence {confluence.Score:F2}: {confluence.FactorNames}");
        return Emit(bar, side, confidence, entry, Price(stopValue, entry), targets, reason);
    }

    /// <summary>The nearest untaken pool level, else the last swing, beyond <paramref name="price"/>; NaN if none.</summary>
    private double OpposingLiquidity(bool buy, double price)
    {
        var best = double.NaN;
        var wanted = buy ? LiquiditySide.BuySide : LiquiditySide.SellSide;
        foreach (ref readonly var pool in Analyzer.Liquidity.Active)
        {
            var level = (double)pool.Level;
            if (pool.Side == wanted && (buy ? level > price : level < price) && (double.IsNaN(best) || Math.Abs(level - price) < Math.Abs(best - price)))
                best = level;
        }
        if (!double.IsNaN(best))
            return best;
        var swing = buy ? Analyzer.Swings.LastHigh : Analyzer.Swings.LastLow;
        if (!swing.Exists)
            return double.NaN;
        var swingLevel = (double)swing.Price;
        return buy ? (swingLevel > price ? swingLevel : double.NaN) : (swingLevel < price ? swingLevel : double.NaN);
    }
}
