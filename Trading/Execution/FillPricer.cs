using SmartMarket.Trading.Orders;

namespace SmartMarket.Trading.Execution;

/// <summary>Fill prices and fees under <see cref="ExecutionSimulatorOptions"/>; slippage always works against the order.</summary>
internal sealed class FillPricer(ExecutionSimulatorOptions options)
{
    private readonly decimal _fixedRate = options.SlippageBps / 10_000m;
    private readonly decimal _maxRate = options.MaxSlippageBps / 10_000m;
    private readonly decimal _k = options.VolatilitySlippage;
    private readonly int _priceDecimals = options.PriceDecimals;
    private readonly int _feeDecimals = options.FeeDecimals;
    private readonly decimal _makerRate = options.MakerFeeRate;
    private readonly decimal _takerRate = options.TakerFeeRate;

    /// <summary>
    /// A taker's price when the market is at <paramref name="reference"/>: pushed away by slippage, rounded
    /// against the order, and never worse than <paramref name="limit"/> when one is given (0 = none).
    /// </summary>
    public decimal Taker(bool isBuy, decimal reference, decimal volatility, decimal limit)
    {
        var slip = reference * _fixedRate + _k * volatility;
        var cap = reference * _maxRate;
        if (slip > cap)
            slip = cap;
        if (isBuy)
        {
            var price = Math.Round(reference + slip, _priceDecimals, MidpointRounding.ToPositiveInfinity);
            return limit != 0m && price > limit ? limit : price;
        }
        else
        {
            var price = Math.Round(reference - slip, _priceDecimals, MidpointRounding.ToNegativeInfinity);
            if (price <= 0m)
                price = reference; // a price this small cannot carry slippage at this precision
            return limit != 0m && price < limit ? limit : price;
        }
    }

    /// <summary>The fee on a fill, rounded up.</summary>
    public decimal Fee(decimal quantity, decimal price, Liquidity liquidity)
    {
        var rate = liquidity == Liquidity.Maker ? _makerRate : _takerRate;
        return Math.Round(quantity * price * rate, _feeDecimals, MidpointRounding.ToPositiveInfinity);
    }
}
