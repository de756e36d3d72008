using SmartMarket.Grains.Accounts;
using SmartMarket.Grains.Market;
using SmartMarket.Trading.MarketData;

namespace Grains.Tests;

/// <summary>Risk and performance figures go on across a restart: the per-minute equity samples are saved with the journal.</summary>
public sealed class EquityRestartTests
{
    [Fact]
    public async Task PerformanceAndRisk_AfterARestart_AreComputedFromTheSameSamplesAsBefore()
    {
        await using var cluster = await GrainCluster.StartAsync();
        var account = await OrderTypeTests.OpenAsync(cluster, "equity-restart");
        var btc = cluster.Client.GetGrain<ISymbolGrain>("BTCUSDT");
        // 300 minutes of trades with orders now and then: the head seals once it holds 256 samples, and the last
        // minutes are saved only when the grain deactivates.
        for (var minute = 1; minute <= 300; minute++)
        {
            if (minute is 5 or 100 or 200 or 290)
                await account.PlaceOrderAsync(new PlaceOrder("eq-" + minute, "BTCUSDT", Side.Buy, 1m, "step"));
            var price = 100m + (minute * 7 % 23) - 11m;
            await btc.OnTickAsync(new Tick(Market.T0.AddMinutes(minute), price, 1m, Side.Buy));
        }
        var performance = await account.GetPerformanceAsync();
        var risk = await account.GetRiskAsync();

        await cluster.RestartAsync();
        var restarted = cluster.Client.GetGrain<IAccountGrain>("equity-restart");
        var performanceAfter = await restarted.GetPerformanceAsync();
        var riskAfter = await restarted.GetRiskAsync();

        // One sample a minute from the trade the first order was priced at (minute 4) to minute 300.
        Assert.Equal(297, performance.Samples);
        Assert.Equal(performance, performanceAfter);
        Assert.Equal(risk.Samples, riskAfter.Samples);
        Assert.Equal(risk.MaxDrawdown, riskAfter.MaxDrawdown);
        Assert.Equal(risk.Var95, riskAfter.Var95);
        Assert.Equal(risk.CVar95, riskAfter.CVar95);
    }
}
