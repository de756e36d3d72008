using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Risk;

namespace Trading.Tests.Risk;

/// <summary>A correlation source with correlations set by hand; unset pairs are unknown (NaN).</summary>
internal sealed class FixedCorrelations : ICorrelationSource
{
    private readonly Dictionary<(string, string), double> _pairs = [];

    public FixedCorrelations Set(string a, string b, double rho)
    {
        _pairs[(a, b)] = rho;
        _pairs[(b, a)] = rho;
        return this;
    }

    public double Correlation(Symbol a, Symbol b) => _pairs.TryGetValue((a.Ticker, b.Ticker), out var rho) ? rho : double.NaN;
}
