using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Feeds;

/// <summary>One candle file as a cursor of trades: four per bar, the last one second before the bar's end.</summary>
internal sealed class CandleTicks : IDisposable
{
    private readonly CandleCsvReader _reader;
    private readonly Tick[] _bar = new Tick[4];
    private Candle _pending;
    private bool _hasPending;
    private TimeSpan _duration;
    private int _index;

    public CandleTicks(string path)
    {
        _reader = new CandleCsvReader(path);
        _hasPending = _reader.TryRead(out _pending);
        HasCurrent = Load();
    }

    public bool HasCurrent { get; private set; }

    public Tick Current => _bar[_index];

    public void MoveNext()
    {
        if (++_index < _bar.Length)
            return;
        HasCurrent = Load();
    }

    public void Dispose() => _reader.Dispose();

    private bool Load()
    {
        if (!_hasPending)
            return false;
        var candle = _pending;
        _hasPending = _reader.TryRead(out _pending);
        // The bar's length is the gap to the next bar, the smallest seen (files skip missing bars).
        if (_hasPending)
        {
            var gap = _pending.OpenTime - candle.OpenTime;
            if (_duration == TimeSpan.Zero || gap < _duration)
                _duration = gap;
        }
        var length = _duration == TimeSpan.Zero ? TimeSpan.FromMinutes(1) : _duration;
        var step = length / 4;
        var quarter = candle.Volume / 4m;
        var upFirst = candle.Close < candle.Open;
        var first = upFirst ? candle.High : candle.Low;
        var second = upFirst ? candle.Low : candle.High;
        _bar[0] = new Tick(candle.OpenTime, candle.Open, quarter, Side.Buy);
        _bar[1] = new Tick(candle.OpenTime + step, first, quarter, upFirst ? Side.Buy : Side.Sell);
        _bar[2] = new Tick(candle.OpenTime + step + step, second, quarter, upFirst ? Side.Sell : Side.Buy);
        _bar[3] = new Tick(candle.OpenTime + length - TimeSpan.FromSeconds(1), candle.Close, candle.Volume - 3 * quarter, Side.Buy);
        _index = 0;
        return true;
    }
}
