using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Execution;

/// <summary>
/// One bar being executed: its prices, the volatility its slippage uses and the volume its fills may still take.
/// The volume budget is computed on the first fill only, so bars without fills do no decimal arithmetic.
/// </summary>
internal struct BarContext(in Candle bar, decimal volatility, long seq, decimal volumeShare, bool capVolume)
{
    public readonly Candle Bar = bar;
    public readonly decimal Volatility = volatility;
    public readonly long Seq = seq;
    private readonly decimal _volumeShare = volumeShare;
    private readonly bool _capVolume = capVolume;
    private decimal _budget;
    private bool _budgetKnown;

    public readonly DateTime Time => Bar.OpenTime;

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
