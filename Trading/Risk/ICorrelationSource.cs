using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Risk;

/// <summary>Correlation of two symbols' returns, as the correlated-exposure limit needs it.</summary>
public interface ICorrelationSource
{
    /// <summary>Pearson correlation in [-1, 1]; <see cref="double.NaN"/> when unknown (symbol not tracked, too little data, flat prices).</summary>
    double Correlation(Symbol a, Symbol b);
}
