using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Smc;

/// <summary>A closed candle with its stream index, close time and prices converted once to double for fast comparison.</summary>
internal readonly struct SmcBar
{
    public SmcBar(in Candle candle, long index, DateTime closeTime)
    {
        Candle = candle;
        Index = index;
        CloseTime = closeTime;
        Open = (double)candle.Open;
        High = (double)candle.High;
        Low = (double)candle.Low;
        Close = (double)candle.Close;
    }

    public Candle Candle { get; }

    public long Index { get; }

    /// <summary>Open time plus the timeframe: when the bar's facts become known.</summary>
    public DateTime CloseTime { get; }

    public double Open { get; }

    public double High { get; }

    public double Low { get; }

    public double Close { get; }
}
