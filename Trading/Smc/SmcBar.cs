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

    /// <summary>The same bar renumbered for another stream.</summary>
    public SmcBar(in SmcBar bar, long index)
    {
        this = bar;
        Index = index;
    }

    // Fields rather than properties: read through an 'in' reference they are never copied.
    public readonly Candle Candle;

    public readonly long Index;

    /// <summary>Open time plus the timeframe: when the bar's facts become known.</summary>
    public readonly DateTime CloseTime;

    public readonly double Open;

    public readonly double High;

    public readonly double Low;

    public readonly double Close;
}
