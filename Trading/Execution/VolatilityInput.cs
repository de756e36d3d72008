namespace SmartMarket.Trading.Execution;

/// <summary>
/// What a bar's slippage volatility is made of, kept raw until a fill needs it: a high and low (the range, of the
/// coarse bar even when finer bars replay it) or an ATR in double. <see cref="None"/> when slippage ignores volatility.
/// </summary>
internal readonly struct VolatilityInput(SlippageVolatility? source, decimal high, decimal low, double atr)
{
    public static VolatilityInput None => default;

    public decimal Value() => source switch
    {
        SlippageVolatility.CandleRange => high - low,
        SlippageVolatility.Atr => (decimal)atr,
        _ => 0m,
    };
}
