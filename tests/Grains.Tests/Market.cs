using SmartMarket.Grains.Market;
using SmartMarket.Trading.MarketData;
using VirtualActors;

namespace Grains.Tests;

/// <summary>Pushes trades into symbol grains on a fixed test clock.</summary>
internal static class Market
{
    public static readonly DateTime T0 = new(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    public static ValueTask TradeAsync(IGrainFactory grains, string symbol, int second, decimal price) =>
        grains.GetGrain<ISymbolGrain>(symbol).OnTickAsync(new Tick(T0.AddSeconds(second), price, 1m, Side.Buy));
}
