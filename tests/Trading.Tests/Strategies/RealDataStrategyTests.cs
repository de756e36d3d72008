using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Strategies;

namespace Trading.Tests.Strategies;

/// <summary>Each strategy, with its factory defaults, on real Binance hourly data: it trades, and every signal is well formed.</summary>
public class RealDataStrategyTests
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var name in StrategyFactory.Names)
        {
            cases.Add(name, "BTCUSDT");
            cases.Add(name, "ETHUSDT");
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Strategy_OnRealHourlyData_EmitsWellFormedSignals(string name, string ticker)
    {
        var candles = StrategyRun.Real($"{ticker}-1h.csv", 23987);
        var symbol = new Symbol(ticker);
        var strategy = StrategyFactory.Create(name, symbol);
        var closes = candles.ToDictionary(c => c.OpenTime.AddHours(1), c => c.Close);

        var signals = StrategyRun.Feed(strategy, candles);

        Assert.NotEmpty(signals);
        foreach (var s in signals)
        {
            var direction = s.Side == Side.Buy ? 1 : -1;
            Assert.True(direction * (s.Entry - s.Stop) > 0, $"stop on the wrong side: {StrategyRun.Describe(s)}");
            Assert.NotEmpty(s.Targets);
            Assert.True(direction * (s.Targets[0] - s.Entry) > 0, $"target on the wrong side: {StrategyRun.Describe(s)}");
            for (var i = 1; i < s.Targets.Count; i++)
                Assert.True(direction * (s.Targets[i] - s.Targets[i - 1]) > 0, $"targets not nearest first: {StrategyRun.Describe(s)}");
            Assert.InRange(s.Confidence, strategy.Settings.MinConfidence, 1.0);
            // Decided at the close of an hourly bar, entering at that close.
            Assert.Equal(closes[s.Time], s.Entry);
            Assert.Equal((name, symbol), (s.Strategy, s.Symbol));
            Assert.Equal(DateTimeKind.Utc, s.Time.Kind);
            Assert.False(string.IsNullOrWhiteSpace(s.Reason));
        }
        Assert.Contains(signals, s => s.Side == Side.Buy);
        Assert.Contains(signals, s => s.Side == Side.Sell);
    }
}
