using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Strategies;

namespace SmartMarket.Trading.Backtesting;

/// <summary>
/// Feeds one symbol's strategy from candles of the data's timeframe: the candle itself for that timeframe and
/// higher-timeframe bars built by <see cref="CandleResampler"/> as their last lower bar arrives, all in order of
/// close time, the lower timeframe first on equal closes (the order <see cref="IStrategy"/> asks for). Reuses
/// its buffers, so a candle that yields no signal allocates nothing.
/// </summary>
internal sealed class StrategyFeed
{
    private readonly IStrategy _strategy;
    private readonly Timeframe[] _timeframes;
    private readonly CandleResampler?[] _resamplers;
    private readonly Candle[] _closed = new Candle[CandleResampler.MaxClosedPerAdd];
    private readonly Timeframe[] _pendingTimeframes;
    private readonly Candle[] _pendingCandles;
    private readonly long[] _pendingCloses;

    /// <exception cref="ArgumentException">The strategy needs a timeframe that cannot be built from <paramref name="input"/> bars.</exception>
    public StrategyFeed(IStrategy strategy, Timeframe input)
    {
        _strategy = strategy;
        _timeframes = [.. strategy.Timeframes];
        _resamplers = new CandleResampler?[_timeframes.Length];
        for (var i = 0; i < _timeframes.Length; i++)
        {
            var tf = _timeframes[i];
            if ((int)tf < (int)input || (int)tf % (int)input != 0)
                throw new ArgumentException(
                    $"strategy '{strategy.Name}' needs {tf.ToShortName()} bars, which cannot be built from {input.ToShortName()} data of {strategy.Symbol}",
                    "timeframe");
            _resamplers[i] = tf == input ? null : new CandleResampler(input, tf);
        }
        var room = _timeframes.Length * CandleResampler.MaxClosedPerAdd;
        _pendingTimeframes = new Timeframe[room];
        _pendingCandles = new Candle[room];
        _pendingCloses = new long[room];
    }

    public IStrategy Strategy => _strategy;

    /// <summary>Feeds the next data candle; signals go to <paramref name="signals"/>, which is not cleared.</summary>
    public void Feed(in Candle candle, List<Signal> signals)
    {
        var count = 0;
        for (var i = 0; i < _timeframes.Length; i++)
        {
            var resampler = _resamplers[i];
            if (resampler is null)
            {
                count = Insert(count, _timeframes[i], candle);
                continue;
            }
            var closed = resampler.Add(candle, _closed);
            for (var j = 0; j < closed; j++)
                count = Insert(count, _timeframes[i], _closed[j]);
        }
        for (var i = 0; i < count; i++)
        {
            var signal = _strategy.OnCandle(_pendingTimeframes[i], _pendingCandles[i]);
            if (signal is not null)
                signals.Add(signal);
        }
    }

    // Insertion sort by (close time, timeframe): a handful of bars at most, so this beats any allocation.
    private int Insert(int count, Timeframe timeframe, in Candle candle)
    {
        var close = candle.OpenTime.Ticks + (long)(int)timeframe * TimeSpan.TicksPerSecond;
        var at = count;
        while (at > 0 && (_pendingCloses[at - 1] > close || (_pendingCloses[at - 1] == close && _pendingTimeframes[at - 1] > timeframe)))
        {
            _pendingCloses[at] = _pendingCloses[at - 1];
            _pendingTimeframes[at] = _pendingTimeframes[at - 1];
            _pendingCandles[at] = _pendingCandles[at - 1];
            at--;
        }
        _pendingCloses[at] = close;
        _pendingTimeframes[at] = timeframe;
        _pendingCandles[at] = candle;
        return count + 1;
    }
}
