using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Execution;

/// <summary>
/// One bar being executed: its prices, the volatility its slippage uses and the volume its fills may still take.
/// Both are computed on the first fill, so bars without fills do no decimal arithmetic for them.
/// </summary>
internal struct BarContext(in Candle bar, in BarPrices approx, long seq, VolatilityInput volatility, decimal volumeShare, bool capVolume)
{
    public readonly Candle Bar = bar;

    /// <summary><see cref="Bar"/>'s prices as doubles, for screening.</summary>
    public readonly BarPrices Approx = approx;
    public readonly long Seq = seq;
    private readonly VolatilityInput _volatilityInput = volatility;
    private readonly decimal _volumeShare = volumeShare;
    private readonly bool _capVolume = capVolume;
    private decimal _budget;
    private bool _budgetKnown;
    private decimal _volatility;
    private bool _volatilityKnown;

    public readonly DateTime Time => Bar.OpenTime;

    /// <summary>The volatility term's input: the (parent) bar's range or the ATR before it, per the options.</summary>
    public decimal Volatility
    {
        get
        {
            if (!_volatilityKnown)
            {
                _volatility = _volatilityInput.Value();
                _volatilityKnown = true;
            }
            return _volatility;
        }
    }

    /// <summary>Quantity the symbol's fills may still take in this bar.</summary>
    public decimal Budget
    {
        get
        {
            if (!_budgetKnown)
            {
                _budget = _capVolume ? _volumeShare * Bar.Volume : decimal.MaxValue;
                _budgetKnown = true;
            }
            return _budget;
        }
    }

    public void Consume(decimal quantity)
    {
        if (_capVolume)
            _budget -= quantity;
    }
}
