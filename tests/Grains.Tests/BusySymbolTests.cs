using SmartMarket.Grains;
using SmartMarket.Grains.Accounts;
using SmartMarket.Grains.Market;
using SmartMarket.Trading.MarketData;
using VirtualActors.Streams;

namespace Grains.Tests;

/// <summary>
/// An account pricing its first order asks the symbol grain for the last trade while that grain may be inside a tick,
/// waiting to deliver the price to the account itself. The ask must not queue behind the tick.
/// </summary>
public sealed class BusySymbolTests
{
    [Fact]
    public async Task FirstOrder_WhileTheSymbolWaitsOnAPriceDelivery_IsPricedAtTheLastTradeWithoutWaiting()
    {
        await using var cluster = await GrainCluster.StartAsync();
        var account = cluster.Client.GetGrain<IAccountGrain>("busy-symbol");
        await account.OpenAsync(10_000m);
        await Market.TradeAsync(cluster.Client, "BTCUSDT", 0, 100m);
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var prices = cluster.Runtime.Streams.GetStream<PriceUpdated>(MarketStreams.PricesOf(new Symbol("BTCUSDT")));
        await prices.SubscribeAsync(new HoldingObserver(held, release));

        // The symbol grain now sits in this tick's turn until the observer lets go.
        var tick = Market.TradeAsync(cluster.Client, "BTCUSDT", 1, 101m).AsTask();
        await held.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var order = account.PlaceOrderAsync(new PlaceOrder("busy-1", "BTCUSDT", Side.Buy, 1m, "first"));
        var finished = await Task.WhenAny(order, Task.Delay(TimeSpan.FromSeconds(10)));
        release.SetResult();
        await tick;

        Assert.True(finished == order, "the order waited on the symbol grain's tick turn");
        var result = await order;
        Assert.True(result.Accepted, result.RejectReason);
        Assert.Equal(1m, result.Quantity);
    }

    private sealed class HoldingObserver(TaskCompletionSource held, TaskCompletionSource release) : IAsyncObserver<PriceUpdated>
    {
        public async ValueTask OnNextAsync(PriceUpdated item)
        {
            if (item.Price != 101m)
                return;
            held.TrySetResult();
            await release.Task;
        }
    }
}
