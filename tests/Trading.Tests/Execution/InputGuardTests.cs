using SmartMarket.Trading.Execution;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;
using static Trading.Tests.Execution.SimHarness;

namespace Trading.Tests.Execution;

public class InputGuardTests
{
    public static TheoryData<string, Candle, string> BadCandles => new()
    {
        { "same time as the last bar", Bar(0, 100m, 101m, 99m, 100m), "OpenTime" },
        { "local time", new Candle(DateTime.SpecifyKind(Hour(1), DateTimeKind.Local), 100m, 101m, 99m, 100m, 1m), "UTC" },
        { "high below open", Bar(1, 100m, 99.5m, 99m, 99.2m), "inconsistent" },
        { "low above close", Bar(1, 100m, 101m, 100.5m, 100m), "inconsistent" },
        { "zero low", Bar(1, 100m, 101m, 0m, 100m), "Low" },
        { "negative volume", Bar(1, 100m, 101m, 99m, 100m, -1m), "Volume" },
    };

    [Theory]
    [MemberData(nameof(BadCandles))]
    public void ProcessCandle_BadBar_ThrowsNamingTheProblemAndLeavesOrdersUntouched(string _, Candle bad, string problem)
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);
        var order = h.Submit(OrderRequest.Market(Btc, Side.Buy, 1m));

        var error = Assert.Throws<ArgumentException>(() => h.Sim.ProcessCandle(Btc, bad));

        Assert.Equal("candle", error.ParamName);
        Assert.Contains(problem, error.Message);
        Assert.Equal(OrderStatus.Accepted, h.Sim.GetOrder(order.Id)!.Status);
        Assert.Equal(100m, h.Sim.GetLastPrice(Btc));
        h.Feed(101m, 102m, 100m, 101m);
        Assert.Equal(101m, Assert.Single(h.Fills).Fill.Price);
    }

    [Fact]
    public void ProcessCandle_LowerTimeframeOutsideItsBar_ThrowsBeforeChangingAnything()
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Market(Btc, Side.Buy, 1m).WithBracket(95m, 110m));
        h.Feed(100m, 104m, 98m, 103m);
        var bar = Bar(2, 103m, 111m, 94m, 100m);
        Candle[] wrong = [new(Hour(2), 103m, 112m, 94m, 100m, 1m)];

        var error = Assert.Throws<ArgumentException>(() => h.Sim.ProcessCandle(Btc, bar, wrong));

        Assert.Contains("outside its bar", error.Message);
        Assert.Single(h.Fills);
        h.Sim.ProcessCandle(Btc, bar);
        Assert.Equal(BracketRole.StopLoss, h.Fills[^1].Order.Role);
    }

    [Fact]
    public void ProcessCandle_DefaultSymbol_Throws()
    {
        var h = new SimHarness();

        var error = Assert.Throws<ArgumentException>(() => h.Sim.ProcessCandle(default, Bar(0, 1m, 1m, 1m, 1m)));

        Assert.Equal("symbol", error.ParamName);
    }

    [Fact]
    public void Options_OutOfRange_ThrowNamingTheSetting()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => new ExecutionSimulator(new ExecutionSimulatorOptions { MaxVolumeShare = 0m }, new SimulatedClock(Start)));

        Assert.Equal(nameof(ExecutionSimulatorOptions.MaxVolumeShare), error.ParamName);
    }

    [Fact]
    public void SimulatedClock_GoingBackwards_Throws()
    {
        var clock = new SimulatedClock(Hour(5));

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.AdvanceTo(Hour(4)));
        Assert.Equal(Hour(5), clock.UtcNow);
    }

    [Fact]
    public void ProcessCandle_FromInsideAnEventHandler_IsRefused()
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Market(Btc, Side.Buy, 1m));
        Exception? inner = null;
        h.Sim.Filled += _ => inner = Record.Exception(() => h.Sim.ProcessCandle(Btc, Bar(9, 1m, 1m, 1m, 1m)));

        h.Feed(101m, 101m, 101m, 101m);

        Assert.IsType<InvalidOperationException>(inner);
    }

    [Fact]
    public void Submit_FromAFillHandler_WaitsForTheNextBarEvenIfTheClockSaysOtherwise()
    {
        var h = new SimHarness();
        h.Feed(100m, 100m, 100m, 100m);
        h.Submit(OrderRequest.Market(Btc, Side.Buy, 1m));
        OrderState? reaction = null;
        h.Sim.Filled += f =>
        {
            if (reaction is null)
                reaction = h.Sim.Submit(OrderRequest.Limit(Btc, Side.Sell, 1m, 101m));
        };
        // The clock reads 01:00, the open of the bar being fed, so only the venue's own guard keeps the
        // reaction out of that bar.
        h.Feed(100m, 102m, 99m, 101m);
        Assert.Single(h.Fills);

        h.Feed(101m, 102m, 100m, 101m);
        Assert.Equal((reaction!.Id, 101m), (h.Fills[^1].Fill.OrderId, h.Fills[^1].Fill.Price));
    }

    [Fact]
    public void LowerTimeframeCandles_OutOfOrder_AreRefusedWithTheIndex()
    {
        var source = new LowerTimeframeCandles(Timeframe.H1);

        var error = Assert.Throws<ArgumentException>(() => source.Add(Btc, [Bar(1, 1m, 1m, 1m, 1m), Bar(0, 1m, 1m, 1m, 1m)]));

        Assert.Contains("index 1", error.Message);
    }

    [Fact]
    public void Restore_WithAFinishedOrderInTheState_Throws()
    {
        var h = new SimHarness();
        h.Submit(OrderRequest.Limit(Btc, Side.Buy, 1m, 90m));
        var state = h.Sim.Snapshot();
        var broken = state with { Orders = [state.Orders[0] with { Status = OrderStatus.Filled }] };

        var error = Assert.Throws<ArgumentException>(() => ExecutionSimulator.Restore(broken, SimHarness.Frictionless, h.Clock));

        Assert.Contains("only working orders", error.Message);
    }
}
