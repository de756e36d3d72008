namespace SmartMarket.Trading.Execution;

/// <summary>
/// Costs and limits of the paper venue. Fees are fractions of notional (0.001 = 0.1 %); slippage is
/// <c>price × SlippageBps / 10,000 + VolatilitySlippage × volatility</c>, capped at <see cref="MaxSlippageBps"/>,
/// and always moves the price against the order.
/// </summary>
public sealed record ExecutionSimulatorOptions
{
    /// <summary>Fee rate for fills of resting limit orders.</summary>
    public decimal MakerFeeRate { get; init; } = 0.001m;

    /// <summary>Fee rate for market, stop and marketable limit fills.</summary>
    public decimal TakerFeeRate { get; init; } = 0.001m;

    /// <summary>Fixed part of taker slippage, in basis points of the price.</summary>
    public decimal SlippageBps { get; init; } = 1m;

    /// <summary>Multiplier k of the volatility part of taker slippage (k × range or k × ATR).</summary>
    public decimal VolatilitySlippage { get; init; } = 0.02m;

    public SlippageVolatility VolatilitySource { get; init; } = SlippageVolatility.CandleRange;

    /// <summary>Bars in the ATR when <see cref="VolatilitySource"/> is <see cref="SlippageVolatility.Atr"/>.</summary>
    public int AtrPeriod { get; init; } = 14;

    /// <summary>Upper bound on slippage, in basis points of the price.</summary>
    public decimal MaxSlippageBps { get; init; } = 100m;

    /// <summary>Share of a bar's volume that all of one symbol's fills in that bar may take together, in (0, 1].</summary>
    public decimal MaxVolumeShare { get; init; } = 0.1m;

    /// <summary>When true a resting limit fills only if the price trades through it, not when it merely touches it.</summary>
    public bool LimitRequiresTradeThrough { get; init; }

    /// <summary>Decimal places that slipped fill prices are rounded to (against the order).</summary>
    public int PriceDecimals { get; init; } = 8;

    /// <summary>Decimal places that fees are rounded up to.</summary>
    public int FeeDecimals { get; init; } = 8;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        Check(MakerFeeRate is >= 0m and < 1m, nameof(MakerFeeRate), MakerFeeRate, "must be in [0, 1)");
        Check(TakerFeeRate is >= 0m and < 1m, nameof(TakerFeeRate), TakerFeeRate, "must be in [0, 1)");
        Check(SlippageBps >= 0m, nameof(SlippageBps), SlippageBps, "must not be negative");
        Check(VolatilitySlippage >= 0m, nameof(VolatilitySlippage), VolatilitySlippage, "must not be negative");
        Check(Enum.IsDefined(VolatilitySource), nameof(VolatilitySource), VolatilitySource, "is not defined");
        Check(AtrPeriod is >= 1 and <= 10_000, nameof(AtrPeriod), AtrPeriod, "must be in [1, 10000]");
        Check(MaxSlippageBps is >= 0m and < 10_000m, nameof(MaxSlippageBps), MaxSlippageBps, "must be in [0, 10000)");
        Check(MaxVolumeShare is > 0m and <= 1m, nameof(MaxVolumeShare), MaxVolumeShare, "must be in (0, 1]");
        Check(PriceDecimals is >= 0 and <= 18, nameof(PriceDecimals), PriceDecimals, "must be in [0, 18]");
        Check(FeeDecimals is >= 0 and <= 18, nameof(FeeDecimals), FeeDecimals, "must be in [0, 18]");
    }

    private static void Check(bool ok, string name, object value, string problem)
    {
        if (!ok)
            throw new ArgumentOutOfRangeException(name, value, $"{name} {problem}");
    }
}
