using SmartMarket.Trading.Backtesting;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;

namespace Trading.Tests.Backtesting;

public sealed class RoundTripTrackerTests
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly DateTime T0 = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Add_EntryInTwoFillsThenExit_ClosesOneTradeAtWeightedPrices()
    {
        var tracker = new RoundTripTracker();

        Assert.Null(tracker.Add(Fill(Side.Buy, 1m, 100m, 0.1m, 0)));
        Assert.Null(tracker.Add(Fill(Side.Buy, 3m, 104m, 0.3m, 1)));
        var trade = tracker.Add(Fill(Side.Sell, 4m, 110m, 0.4m, 5));

        // Entry (1 x 100 + 3 x 104) / 4 = 103; profit 4 x (110 - 103) - 0.8 fees = 27.2.
        Assert.NotNull(trade);
        Assert.Equal((Side.Buy, 103m, 110m, 4m, 0.8m, 27.2m), (trade.Side, trade.EntryPrice, trade.ExitPrice, trade.Quantity, trade.Fees, trade.NetProfit));
        Assert.Equal((T0, T0.AddHours(5)), (trade.EntryTime, trade.ExitTime));
    }

    [Fact]
    public void Add_FillThatFlipsTheSide_ClosesTheTradeAndOpensTheRestWithItsShareOfTheFee()
    {
        var tracker = new RoundTripTracker();
        tracker.Add(Fill(Side.Buy, 2m, 100m, 0.2m, 0));

        var closed = tracker.Add(Fill(Side.Sell, 5m, 90m, 0.5m, 2));
        var next = tracker.Add(Fill(Side.Buy, 3m, 80m, 0.3m, 3));

        // The flip's fee splits 2/5 to the closing part (0.2) and 3/5 to the new short (0.3).
        Assert.Equal((2m, 0.4m, -20.4m), (closed!.Quantity, closed.Fees, closed.NetProfit));
        Assert.Equal((Side.Sell, 90m, 80m, 3m, 0.6m), (next!.Side, next.EntryPrice, next.ExitPrice, next.Quantity, next.Fees));
        Assert.Equal(2, tracker.Closed.Count);
    }

    private static Fill Fill(Side side, decimal quantity, decimal price, decimal fee, int hour) =>
        new(new OrderId(hour + 1), $"c{hour}", Btc, side, quantity, price, fee, Liquidity.Taker, T0.AddHours(hour));
}
