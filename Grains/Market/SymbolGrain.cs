using SmartMarket.Trading.Indicators;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Smc;
using VirtualActors;
using VirtualActors.Streams;

namespace SmartMarket.Grains.Market;

/// <summary>
/// Ticks in, candles of every timeframe out. Holds no persistent state: after a restart the feed rebuilds the bars.
/// Per tick it allocates nothing: closed bars land in a reused buffer and the price goes out as a struct.
/// </summary>
public sealed partial class SymbolGrain : Grain, ISymbolGrain
{
    /// <summary>The timeframes every symbol publishes; strategies subscribe to the ones they use.</summary>
    public static readonly Timeframe[] PublishedTimeframes = [Timeframe.M1, Timeframe.M5, Timeframe.M15, Timeframe.H1, Timeframe.H4, Timeframe.D1];

    private readonly TimeframeCandle[] _closed = new TimeframeCandle[PublishedTimeframes.Length];
    private readonly Ema _ema = new(20);
    private readonly Rsi _rsi = new(14);
    private MultiTimeframeAggregator _aggregator = null!;
    private SmcAnalyzer _smc = null!;
    private IAsyncStream<CandleClosed>[] _candleStreams = [];
    private IAsyncStream<PriceUpdated> _prices = null!;
    private IAsyncStream<CandleClosed> _bars = null!;
    private ReplayBars? _replay;
    private Symbol _symbol;
    // Guards the last trade against GetLastTradeAsync, which interleaves with (and may run beside) a tick's turn.
    private readonly Lock _lastTrade = new();
    private decimal _lastPrice;
    private DateTime _lastTime;
    private long _ticks;
    private long _candles;

    /// <summary>The timeframe whose SMC structure the snapshot reports.</summary>
    public const Timeframe AnalysisTimeframe = Timeframe.M5;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _symbol = new Symbol(GetPrimaryKeyString());
        _aggregator = new MultiTimeframeAggregator(PublishedTimeframes);
        _smc = new SmcAnalyzer(_symbol, AnalysisTimeframe, sink: _structureEvents);
        var provider = GetStreamProvider();
        _candleStreams = new IAsyncStream<CandleClosed>[PublishedTimeframes.Length];
        for (var i = 0; i < PublishedTimeframes.Length; i++)
            _candleStreams[i] = provider.GetStream<CandleClosed>(MarketStreams.Candles(_symbol, PublishedTimeframes[i]));
        _prices = provider.GetStream<PriceUpdated>(MarketStreams.PricesOf(_symbol));
        _bars = provider.GetStream<CandleClosed>(MarketStreams.BarsOf(_symbol));
        return Task.CompletedTask;
    }

    public ValueTask OnTickAsync(Tick tick)
    {
        if (tick.Time.Kind != DateTimeKind.Utc)
            throw new ArgumentException($"tick time {tick.Time:O} must be UTC", nameof(tick));
        if (tick.Price <= 0m)
            throw new ArgumentOutOfRangeException(nameof(tick), tick.Price, "tick price must be positive");
        if (tick.Time < _lastTime)
            throw new ArgumentOutOfRangeException(nameof(tick), tick.Time, $"tick time goes back from {_lastTime:O} on {_symbol}");
        var count = _aggregator.Add(tick, _closed);
        lock (_lastTrade)
        {
            _ticks++;
            _lastPrice = tick.Price;
            _lastTime = tick.Time;
        }
        if (count == 0)
            return _prices.OnNextAsync(new PriceUpdated(_symbol, tick.Time, tick.Price));
        return PublishClosedThenPriceAsync(count, tick);
    }

    public async ValueTask OnCandleAsync(Timeframe timeframe, Candle candle)
    {
        if (candle.OpenTime.Kind != DateTimeKind.Utc)
            throw new ArgumentException($"bar open time {candle.OpenTime:O} must be UTC", nameof(candle));
        if (candle.Low <= 0m || candle.High < Math.Max(candle.Open, candle.Close) || candle.Low > Math.Min(candle.Open, candle.Close))
            throw new ArgumentOutOfRangeException(nameof(candle), candle, $"bar prices on {_symbol} must be positive with low <= open, close <= high");
        if (!Enum.IsDefined(timeframe))
            throw new ArgumentOutOfRangeException(nameof(timeframe), timeframe, "not a known timeframe");
        if (_replay is { } current && current.Input != timeframe)
            throw new ArgumentException($"{_symbol} is replayed in {current.Input.ToShortName()} bars, not {timeframe.ToShortName()}", nameof(timeframe));
        var close = candle.OpenTime + timeframe.Duration();
        if (close <= _lastTime)
            throw new ArgumentOutOfRangeException(nameof(candle), candle.OpenTime, $"bar close {close:O} does not follow {_lastTime:O} on {_symbol}");
        _replay ??= new ReplayBars(timeframe, PublishedTimeframes);
        lock (_lastTrade)
        {
            _lastPrice = candle.Close;
            _lastTime = close;
        }
        // The venue meets the bar before any strategy sees it, so an order decided on this bar fills on the next one.
        await _bars.OnNextAsync(new CandleClosed(_symbol, timeframe, candle));
        var count = _replay.Add(candle);
        for (var i = 0; i < count; i++)
            await PublishAsync(_replay[i]);
    }

    public async Task FlushAsync(DateTime time)
    {
        var count = _aggregator.CloseAt(time, _closed);
        await PublishClosedAsync(count);
    }

    public Task<LastTrade> GetLastTradeAsync()
    {
        lock (_lastTrade)
            return Task.FromResult(new LastTrade(_lastPrice, _lastTime, _ticks));
    }

    public Task<SymbolSnapshot> GetSnapshotAsync()
    {
        var trend = _smc.Trend switch
        {
            Bias.Bullish => "bullish",
            Bias.Bearish => "bearish",
            _ => "none",
        };
        var smc = _smc.Snapshot();
        return Task.FromResult(new SymbolSnapshot(
            _symbol.Ticker, _lastPrice, _lastTime, _ticks, _candles, _ema.Value, _rsi.Value, trend,
            smc.OrderBlocks.Count, smc.FairValueGaps.Count, smc, _structureEvents.ToArray()));
    }

    // Candles before the price: an order placed on a bar's close then fills at this tick, the next bar's first trade.
    private async ValueTask PublishClosedThenPriceAsync(int count, Tick tick)
    {
        await PublishClosedAsync(count);
        await _prices.OnNextAsync(new PriceUpdated(_symbol, tick.Time, tick.Price));
    }

    private async Task PublishClosedAsync(int count)
    {
        for (var i = 0; i < count; i++)
            await PublishAsync(_closed[i]);
    }

    private async ValueTask PublishAsync(TimeframeCandle closed)
    {
        _candles++;
        Remember(closed);
        if (closed.Timeframe == Timeframe.M1)
        {
            var close = (double)closed.Candle.Close;
            _ema.Update(close);
            _rsi.Update(close);
        }
        else if (closed.Timeframe == AnalysisTimeframe)
        {
            _smc.Update(closed.Candle);
        }
        await _candleStreams[IndexOf(closed.Timeframe)].OnNextAsync(new CandleClosed(_symbol, closed.Timeframe, closed.Candle));
    }

    private static int IndexOf(Timeframe timeframe)
    {
        for (var i = 0; i < PublishedTimeframes.Length; i++)
        {
            if (PublishedTimeframes[i] == timeframe)
                return i;
        }
        throw new ArgumentOutOfRangeException(nameof(timeframe), timeframe, "not a published timeframe");
    }
}
