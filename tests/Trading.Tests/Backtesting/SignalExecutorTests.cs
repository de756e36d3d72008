using SmartMarket.Trading.Backtesting;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;
using SmartMarket.Trading.Risk;
using SmartMarket.Trading.Strategies;

namespace Trading.Tests.Backtesting;

public sealed class SignalExecutorTests
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly Symbol Eth = new("ETHUSDT");
    private static readonly DateTime Noon = new(2024, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Decide_OnAFlatAccount_SendsAMarketEntrySizedToTheSettingsShareWithTheSignalsBracket()
    {
        var executor = new SignalExecutor(new RiskManager(new RiskOptions()), lot: new LotSize(0.0001m));
        var signal = Buy(entry: 50_000m, stop: 49_000m, target: 53_000m);

        var decision = executor.Decide(signal, Account(10_000m), new SymbolSettings(0.7, 0.03m), entryWorking: false);

        // 3 % of 10,000 is 300 of notional; 300 / 50,000 = 0.006 BTC, already a whole number of 0.0001 lots.
        Assert.Equal(SignalOutcome.Order, decision.Outcome);
        var order = decision.Order!;
        Assert.Equal((OrderType.Market, Side.Buy, 0.006m), (order.Type, order.Side, order.Quantity));
        Assert.Equal(new BracketSpec(49_000m, 53_000m), order.Bracket);
    }

    [Fact]
    public void Decide_WhenTheSizeBreaksThePositionLimit_SendsTheReducedQuantity()
    {
        var risk = new RiskManager(new RiskOptions { MaxPositionFraction = 0.02m });
        var executor = new SignalExecutor(risk, lot: new LotSize(0.0001m));

        var decision = executor.Decide(Buy(50_000m, 49_000m, 53_000m), Account(10_000m), new SymbolSettings(0.7, 0.03m), entryWorking: false);

        // The limit allows 2 % of 10,000 = 200 of notional: 0.004 BTC.
        Assert.Equal(SignalOutcome.Order, decision.Outcome);
        Assert.Equal(0.004m, decision.Order!.Quantity);
        Assert.Equal(RiskRule.MaxPosition, decision.Risk!.Rule);
    }

    [Fact]
    public void Decide_WhenOpenPositionsAreAtTheLimit_IsRejectedNamingTheRule()
    {
        var executor = new SignalExecutor(new RiskManager(new RiskOptions { MaxOpenPositions = 1 }));
        var account = Account(10_000m, new PositionExposure(Eth, 0.1m, 3_000m, 2_900m));

        var decision = executor.Decide(Buy(50_000m, 49_000m, 53_000m), account, new SymbolSettings(0.7, 0.03m), entryWorking: false);

        Assert.Equal(SignalOutcome.RiskRejected, decision.Outcome);
        Assert.Null(decision.Order);
        Assert.Equal(RiskRule.MaxOpenPositions, decision.Risk!.Rule);
    }

    [Fact]
    public void Decide_WhenTheSymbolIsHeldOrHasAWorkingEntry_SkipsTheSignal()
    {
        var executor = new SignalExecutor(new RiskManager(new RiskOptions()));
        var signal = Buy(50_000m, 49_000m, 53_000m);
        var settings = new SymbolSettings(0.7, 0.03m);

        var held = executor.Decide(signal, Account(10_000m, new PositionExposure(Btc, 0.01m, 50_000m, 49_000m)), settings, entryWorking: false);
        var working = executor.Decide(signal, Account(10_000m), settings, entryWorking: true);

        Assert.Equal((SignalOutcome.Skipped, SignalOutcome.Skipped), (held.Outcome, working.Outcome));
        Assert.Contains("already open", held.Reason);
        Assert.Contains("still working", working.Reason);
    }

    private static Signal Buy(decimal entry, decimal stop, decimal target) =>
        new("test", Btc, Noon, Side.Buy, 0.8, entry, stop, [target], "test signal");

    private static ExposureSnapshot Account(decimal equity, params PositionExposure[] positions) => new(Noon, equity, positions);
}
