using SmartMarket.Trading.Execution;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;

namespace Trading.Tests.Execution;

public class NoLookaheadTests
{
    private static readonly ExecutionSimulatorOptions Options = new() { VolatilitySource = SlippageVolatility.Atr };
    private static readonly Lazy<Candle[]> Bars = new(() => CsvCandles.Load("BTCUSDT-1h.csv", 1500));

    [Fact]
    public void ScriptedRun_OnRealData_FillsEveryKindOfOrder()
    {
        var fills = ScriptedTrader.Run(Bars.Value, Options);

        Assert.True(fills.Count > 50, $"only {fills.Count} fills");
        Assert.Contains(fills, f => f.Liquidity == Liquidity.Maker);
        Assert.Contains(fills, f => f.Liquidity == Liquidity.Taker);
        Assert.All(fills, f => Assert.True(f.Fee > 0m && f.Quantity > 0m && f.Price > 0m));
    }

    [Fact]
    public void ChangingFutureBars_NeverChangesEarlierFills()
    {
        var bars = Bars.Value;
        const int cut = 700;
        var changed = (Candle[])bars.Clone();
        for (var i = cut; i < changed.Length; i++)
        {
            var b = changed[i];
            changed[i] = b with { Open = b.Open * 0.9m, High = b.High * 0.95m, Low = b.Low * 0.8m, Close = b.Close * 0.85m, Volume = b.Volume / 3m };
        }

        var original = ScriptedTrader.Run(bars, Options);
        var altered = ScriptedTrader.Run(changed, Options);

        var before = bars[cut].OpenTime;
        var originalEarly = original.Where(f => f.Time < before).ToList();
        Assert.NotEmpty(originalEarly);
        Assert.Equal(originalEarly, altered.Where(f => f.Time < before));
        Assert.NotEqual(original, altered);
    }

    [Fact]
    public void OrdersGivenUpFront_FillTheSameFedOneBarAtATimeOrAllAtOnce()
    {
        var bars = Bars.Value.AsSpan(0, 300).ToArray();
        var one = Fresh(bars, out var oneFills);
        var all = Fresh(bars, out var allFills);

        foreach (var bar in bars)
            one.ProcessCandle(ScriptedTrader.Btc, bar);
        all.ProcessCandles(ScriptedTrader.Btc, bars);

        Assert.NotEmpty(oneFills);
        Assert.Equal(oneFills, allFills);
    }

    [Fact]
    public void SameInputs_GiveIdenticalFills()
    {
        Assert.Equal(ScriptedTrader.Run(Bars.Value, Options), ScriptedTrader.Run(Bars.Value, Options));
    }

    private static ExecutionSimulator Fresh(Candle[] bars, out List<Fill> fills)
    {
        var sim = new ExecutionSimulator(Options, new SimulatedClock(bars[0].OpenTime));
        var list = new List<Fill>();
        sim.Filled += f => list.Add(f.Fill);
        var first = bars[0].Open;
        sim.Submit(OrderRequest.Limit(ScriptedTrader.Btc, Side.Buy, 1m, first * 0.97m).WithBracket(first * 0.94m, first * 1.02m));
        sim.Submit(OrderRequest.Limit(ScriptedTrader.Btc, Side.Sell, 0.5m, first * 1.04m));
        sim.Submit(OrderRequest.Market(ScriptedTrader.Btc, Side.Buy, 0.25m));
        fills = list;
        return sim;
    }
}
