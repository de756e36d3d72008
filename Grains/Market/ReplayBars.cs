using SmartMarket.Trading.MarketData;

namespace SmartMarket.Grains.Market;

/// <summary>
/// Bar mode of a symbol: from each replayed bar, the published bars it closes: the bar itself at its own timeframe and
/// the higher ones built by <see cref="CandleResampler"/>, in order of close time, the lower timeframe first on equal
/// closes (the order the backtester feeds its strategies). Reuses its buffers, so a bar allocates nothing.
/// </summary>
internal sealed class ReplayBars
{
    private readonly Timeframe[] _timeframes;
    private readonly CandleResampler?[] _resamplers;
    private readonly Candle[] _scratch = new Candle[CandleResampler.MaxClosedPerAdd];
    private readonly TimeframeCandle[] _closed;
    private readonly long[] _closes;

    /// <param name="input">The replay's bar length; published timeframes below it, or not a multiple of it, are left out.</param>
    public ReplayBars(Timeframe input, IReadOnlyList<Timeframe> published)
    {
        Input = input;
        var timeframes = new List<Timeframe>();
        foreach (var tf in published)
        {
            if ((int)tf >= (int)input && (int)tf % (int)input == 0)
                timeframes.Add(tf);
        }
        _timeframes = [.. timeframes];
        _resamplers = new CandleResampler?[_timeframes.Length];
        for (var i = 0; i < _timeframes.Length; i++)
            _resamplers[i] = _timeframes[i] == input ? null : new CandleResampler(input, _timeframes[i]);
        _closed = new TimeframeCandle[Math.Max(1, _timeframes.Length) * CandleResampler.MaxClosedPerAdd];
        _closes = new long[_closed.Length];
    }

    public Timeframe Input { get; }

    /// <summary>The <paramref name="index"/>th bar closed by the last <see cref="Add"/>, in publication order.</summary>
    public TimeframeCandle this[int index] => _closed[index];

    /// <summary>Adds the next replayed bar; returns how many bars it closes (read them by index).</summary>
    public int Add(in Candle candle)
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
            var closed = resampler.Add(candle, _scratch);
            for (var j = 0; j < closed; j++)
                count = Insert(count, _timeframes[i], _scratch[j]);
        }
        return count;
    }

    private int Insert(int count, Timeframe timeframe, in Candle candle)
    {
        var close = candle.OpenTime.Ticks + timeframe.Duration().Ticks;
        var at = count;
        while (at > 0 && (_closes[at - 1] > close || (_closes[at - 1] == close && _closed[at - 1].Timeframe > timeframe)))
        {
            _closes[at] = _closes[at - 1];
            _closed[at] = _closed[at - 1];
            at--;
        }
        _closes[at] = close;
        _closed[at] = new TimeframeCandle(timeframe, candle);
        return count + 1;
    }
}
