using SmartMarket.Trading.Indicators;
using SmartMarket.Trading.MarketData;

namespace Benchmarks.Backtest;

/// <summary>Streams candles through SMA, EMA, RSI and ATR: four indicator updates per candle.</summary>
public static class IndicatorLoop
{
    /// <summary>Indicator updates done per candle by <see cref="Run"/>.</summary>
    public const int UpdatesPerCandle = 4;

    /// <summary>Feeds the (double) prices through the four indicators; returns a checksum so the work cannot be skipped.</summary>
    public static double Run(double[] high, double[] low, double[] close)
    {
        var sma = new Sma(20);
        var ema = new Ema(20);
        var rsi = new Rsi(14);
        var atr = new Atr(14);
        var checksum = 0d;
        for (var i = 0; i < close.Length; i++)
        {
            var c = close[i];
            sma.Update(c);
            ema.Update(c);
            rsi.Update(c);
            atr.Update(high[i], low[i], c);
        }
        checksum += sma.Value + ema.Value + rsi.Value + atr.Value;
        return checksum;
    }

    /// <summary>The candles' highs, lows and closes as doubles, converted once as a strategy does.</summary>
    public static (double[] High, double[] Low, double[] Close) Prices(Candle[] candles)
    {
        var high = new double[candles.Length];
        var low = new double[candles.Length];
        var close = new double[candles.Length];
        for (var i = 0; i < candles.Length; i++)
        {
            high[i] = (double)candles[i].High;
            low[i] = (double)candles[i].Low;
            close[i] = (double)candles[i].Close;
        }
        return (high, low, close);
    }
}
