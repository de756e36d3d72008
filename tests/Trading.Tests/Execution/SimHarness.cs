using SmartMarket.Trading.Execution;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;

namespace Trading.Tests.Execution;

/// <summary>
/// A simulator on hourly bars with a clock that, like a backtest, moves to each bar's close after the bar is fed,
/// so orders submitted between feeds are decided at that close. Records every event.
/// </summary>
internal sealed class SimHarness
{
    public static readonly Symbol Btc = new("BTCUSDT");
    public static readonly DateTime Start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>No fees, no slippage, no volume cap: prices in tests are then plain to read.</summary>
    public static readonly ExecutionSimulatorOptions Frictionless = new()
    {
        MakerFeeRate = 0m,
        TakerFeeRate = 0m,
        SlippageBps = 0m,
        VolatilitySlippage = 0m,
        MaxVolumeShare = 1m,
        MaxSlippageBps = 1000m,
    };

    public SimHarness(ExecutionSimulatorOptions? options = null, ILowerTimeframeSource? lowerTimeframe = null)
    {
        Clock = new SimulatedClock(Start);
        Sim = new ExecutionSimulator(options ?? Frictionless, Clock, lowerTimeframe);
        Attach(Sim);
    }

    public SimulatedClock Clock { get; }

    public ExecutionSimulator Sim { get; private set; }

    public int BarCount { get; private set; }

    public List<OrderFilled> Fills { get; } = [];

    public List<OrderAccepted> Accepted { get; } = [];

    public List<OrderCancelled> Cancelled { get; } = [];

    public List<OrderRejected> Rejected { get; } = [];

    public List<OrderExpired> Expired { get; } = [];

    public static DateTime Hour(int index) => Start.AddHours(index);

    public static Candle Bar(int index, decimal open, decimal high, decimal low, decimal close, decimal volume = 1000m) =>
        new(Hour(index), open, high, low, close, volume);

    /// <summary>Feeds the next hourly bar, then moves the clock to its close.</summary>
    public Candle Feed(decimal open, decimal high, decimal low, decimal close, decimal volume = 1000m) =>
        Feed(open, high, low, close, volume, []);

    public Candle Feed(decimal open, decimal high, decimal low, decimal close, decimal volume, ReadOnlySpan<Candle> lowerTimeframe)
    {
        var bar = Bar(BarCount, open, high, low, close, volume);
        Sim.ProcessCandle(Btc, bar, lowerTimeframe);
        BarCount++;
        Clock.AdvanceTo(Hour(BarCount));
        return bar;
    }

    public OrderState Submit(OrderRequest request) => Sim.Submit(request);

    /// <summary>Swaps in a simulator restored from a snapshot, keeping the clock and the recorders.</summary>
    public void Replace(ExecutionSimulator simulator)
    {
        Sim = simulator;
        Attach(simulator);
    }

    public IEnumerable<Fill> FillsOf(OrderId id) => Fills.Where(f => f.Fill.OrderId == id).Select(f => f.Fill);

    private void Attach(ExecutionSimulator sim)
    {
        sim.Filled += Fills.Add;
        sim.Accepted += Accepted.Add;
        sim.Cancelled += Cancelled.Add;
        sim.Rejected += Rejected.Add;
        sim.Expired += Expired.Add;
    }
}
