using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Execution;

/// <summary>
/// A bar's prices as doubles, for screening comparisons before any exact decimal one (see <see cref="Screen"/>).
/// </summary>
internal readonly record struct BarPrices(double Open, double High, double Low, double Close)
{
    public static BarPrices Of(in Candle c) => new((double)c.Open, (double)c.High, (double)c.Low, (double)c.Close);
}
