using SmartMarket.Trading.Backtesting;
using SmartMarket.Trading.Strategies;

namespace Trading.Tests.Backtesting;

public sealed class ParameterSweepTests
{
    [Fact]
    public void Combinations_OfTwoByThreeGrid_AreTheCartesianProductOverTheFixedParameters()
    {
        var grid = new ParameterGrid().Add("BollingerPeriod", "10", "20").Add("RsiPeriod", "7", "14", "21");

        var combinations = grid.Combinations(StrategyParameters.Parse("Timeframe=4h; RsiPeriod=3"));

        var expected = new[] { "10/7", "10/14", "10/21", "20/7", "20/14", "20/21" };
        Assert.Equal(expected, combinations.Select(c => $"{c.Values["BollingerPeriod"]}/{c.Values["RsiPeriod"]}"));
        Assert.All(combinations, c => Assert.Equal("4h", c.Values["Timeframe"]));
    }

    [Fact]
    public void Add_TheSameParameterTwice_Throws()
    {
        var grid = new ParameterGrid().Add("RsiPeriod", "7");

        var error = Assert.Throws<ArgumentException>(() => grid.Add("rsiperiod", "14"));

        Assert.Contains("already", error.Message);
    }

    [Fact]
    public void Sweep_GivesOneRowPerCombination_EachEqualToItsOwnBacktest()
    {
        var options = new BacktestOptions { Strategy = "mean-reversion", To = new DateTime(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc) };
        var grid = new ParameterGrid().Add("RsiPeriod", "7", "14");
        var fractions = new List<double>();

        var rows = ParameterSweep.Run([BacktestData.Btc], options, grid, fractions.Add);

        Assert.Equal(2, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var single = Backtester.Run([BacktestData.Btc], options with { Parameters = rows[i].Parameters });
            Assert.Equal(single.FinalEquity, rows[i].FinalEquity);
            Assert.Equal(single.Performance, rows[i].Performance);
        }
        Assert.Equal(1d, fractions[^1]);
        Assert.Equal(fractions.OrderBy(f => f), fractions);
    }

    [Fact]
    public void WalkForward_ReportsEachWindowWithTrainingBeforeAnUnseenTestSpan()
    {
        var options = new BacktestOptions { Strategy = "mean-reversion" };
        var grid = new ParameterGrid().Add("RsiPeriod", "7", "14");

        var windows = WalkForward.Run([BacktestData.Btc], options, grid, windows: 3, trainFraction: 0.7);

        Assert.Equal(3, windows.Count);
        for (var w = 0; w < windows.Count; w++)
        {
            var window = windows[w];
            Assert.True(window.TrainStart < window.TestStart && window.TestStart < window.TestEnd);
            Assert.True(window.Test.Start >= window.TestStart, "the test run must not start before its span");
            Assert.True(window.Train.End <= window.TestStart, "training must end before the test span");
            if (w > 0)
                Assert.Equal(windows[w - 1].TestEnd, window.TrainStart);
            // The chosen combination is the training sweep's best Sharpe.
            var sweep = ParameterSweep.Run([BacktestData.Btc], options with { From = window.TrainStart, To = window.TestStart }, grid);
            var best = sweep.Where(r => !double.IsNaN(r.Performance.Sharpe)).MaxBy(r => r.Performance.Sharpe);
            if (best is not null)
                Assert.Equal(best.Parameters.Values["RsiPeriod"], window.Chosen.Values["RsiPeriod"]);
        }
    }
}
