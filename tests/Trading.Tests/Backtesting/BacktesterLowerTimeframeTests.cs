using SmartMarket.Trading.Backtesting;
using SmartMarket.Trading.Execution;
using SmartMarket.Trading.MarketData;

namespace Trading.Tests.Backtesting;

public sealed class BacktesterLowerTimeframeTests
{
    [Fact]
    public void AmbiguousBars_InsideTheOneMinuteData_AreReplayedInsteadOfAssumed()
    {
        var hourly = BacktestData.Real("BTCUSDT");
        var minutes = new LowerTimeframeCandles(Timeframe.H1);
        minutes.Add(hourly.Symbol, CandleCsvReader.ReadAll(SharedData.Path("BTCUSDT-1m.csv")));
        var options = new BacktestOptions { Strategy = "daily-ohlc-zone" };

        var assumed = Backtester.Run([hourly], options);
        var replayed = Backtester.Run([hourly], options with { LowerTimeframe = minutes });

        // The 1m file covers three five-week stretches of the 1h history, so some, not all, ambiguous bars resolve.
        Assert.True(assumed.AmbiguousExits > 0, "the 1h run should meet bars that touch both stop and target");
        Assert.InRange(replayed.AmbiguousExits, 0, assumed.AmbiguousExits - 1);
    }
}
