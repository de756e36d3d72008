using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Analytics;

/// <summary>One symbol's price at the start and end of the period a benchmark covers.</summary>
public readonly record struct BuyAndHoldLeg
{
    public BuyAndHoldLeg(Symbol symbol, decimal startPrice, decimal endPrice)
    {
        if (startPrice <= 0m)
            throw new ArgumentOutOfRangeException(nameof(startPrice), startPrice, $"start price of {symbol} must be positive");
        if (endPrice <= 0m)
            throw new ArgumentOutOfRangeException(nameof(endPrice), endPrice, $"end price of {symbol} must be positive");
        Symbol = symbol;
        StartPrice = startPrice;
        EndPrice = endPrice;
    }

    /// <summary>The held market.</summary>
    public Symbol Symbol { get; }

    /// <summary>Price bought at, at the start of the period.</summary>
    public decimal StartPrice { get; }

    /// <summary>Price valued at, at the end of the period.</summary>
    public decimal EndPrice { get; }

    /// <summary>EndPrice / StartPrice − 1.</summary>
    public double Return => (double)(EndPrice / StartPrice) - 1d;

    /// <summary>
    /// The leg from the first candle's close to the last candle's close, matching an equity curve sampled at
    /// bar closes over the same candles.
    /// </summary>
    public static BuyAndHoldLeg FromCandles(Symbol symbol, IReadOnlyList<Candle> candles)
    {
        ArgumentNullException.ThrowIfNull(candles);
        if (candles.Count == 0)
            throw new ArgumentException($"no candles for {symbol}", nameof(candles));
        return new BuyAndHoldLeg(symbol, candles[0].Close, candles[^1].Close);
    }
}
