using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Strategies;

namespace Trading.Tests.Strategies;

public class StrategyFactoryTests
{
    private static readonly Symbol Btc = new("BTCUSDT");

    [Theory]
    [InlineData("smc-order-block", new[] { Timeframe.H1 })]
    [InlineData("daily-ohlc-zone", new[] { Timeframe.H1 })]
    [InlineData("mtf-trend", new[] { Timeframe.H1, Timeframe.H4 })]
    [InlineData("mean-reversion", new[] { Timeframe.H1 })]
    public void Create_WithEachKnownName_GivesThatStrategyWithItsTimeframes(string name, Timeframe[] timeframes)
    {
        var strategy = StrategyFactory.Create(name, Btc);

        Assert.Equal(name, strategy.Name);
        Assert.Equal(Btc, strategy.Symbol);
        Assert.Equal(timeframes, strategy.Timeframes);
        Assert.Equal(new SymbolSettings(0.75, 0.03m), strategy.Settings);
    }

    [Fact]
    public void Names_ListTheFourStrategies()
    {
        Assert.Equal(["smc-order-block", "daily-ohlc-zone", "mtf-trend", "mean-reversion"], StrategyFactory.Names);
    }

    [Fact]
    public void Create_WithNameInOtherCase_FindsTheStrategy()
    {
        Assert.Equal("mtf-trend", StrategyFactory.Create(" MTF-Trend ", Btc).Name);
    }

    [Fact]
    public void Create_WithUnknownName_ThrowsListingTheKnownOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => StrategyFactory.Create("grid", Btc));

        Assert.Equal("name", error.ParamName);
        Assert.Contains("unknown strategy 'grid'", error.Message);
        Assert.Contains("mean-reversion", error.Message);
    }

    [Fact]
    public void Create_WithUnknownParameter_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => StrategyFactory.Create("mean-reversion", Btc, StrategyParameters.Parse("BollingerPeriod=20; Foo=1")));

        Assert.Equal("Foo", error.ParamName);
        Assert.Contains("not known to strategy 'mean-reversion'", error.Message);
    }

    [Fact]
    public void Create_WithUnparsableNumber_ThrowsNamingTheParameter()
    {
        var error = Assert.Throws<ArgumentException>(() => StrategyFactory.Create("mean-reversion", Btc, StrategyParameters.Parse("RsiPeriod=abc")));

        Assert.Equal("RsiPeriod", error.ParamName);
        Assert.Contains("whole number, not 'abc'", error.Message);
    }

    [Theory]
    [InlineData("smc-order-block", "SwingLength=0", "SwingLength")]
    [InlineData("smc-order-block", "MaxRiskAtr=0.1", "MaxRiskAtr")]
    [InlineData("daily-ohlc-zone", "Timeframe=1d", "Timeframe")]
    [InlineData("daily-ohlc-zone", "MinWickShare=1.5", "MinWickShare")]
    [InlineData("mtf-trend", "HigherTimeframe=30m", "HigherTimeframe")]
    [InlineData("mtf-trend", "FastEmaPeriod=50; SlowEmaPeriod=20", "SlowEmaPeriod")]
    [InlineData("mean-reversion", "OversoldRsi=70", "OversoldRsi")]
    [InlineData("mean-reversion", "MinConfidence=1.5", "MinConfidence")]
    [InlineData("mean-reversion", "PositionSizeFraction=0", "PositionSizeFraction")]
    public void Create_WithValueOutOfRange_ThrowsNamingTheParameter(string name, string parameters, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => StrategyFactory.Create(name, Btc, StrategyParameters.Parse(parameters)));

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(parameter, error.Message);
    }

    [Fact]
    public void Create_WithParameters_IgnoresCaseAndAppliesThem()
    {
        var strategy = (MultiTimeframeTrendStrategy)StrategyFactory.Create(
            "mtf-trend", Btc, StrategyParameters.Parse("lowertimeframe=15m, HIGHERTIMEFRAME=1h, minConfidence=0.5, PositionSizeFraction=0.02"));

        Assert.Equal([Timeframe.M15, Timeframe.H1], strategy.Timeframes);
        Assert.Equal((Timeframe.M15, Timeframe.H1), (strategy.Options.LowerTimeframe, strategy.Options.HigherTimeframe));
        Assert.Equal(new SymbolSettings(0.5, 0.02m), strategy.Settings);
    }

    [Fact]
    public void Create_WithSmcParameters_PassesThemToTheAnalyzer()
    {
        var strategy = (OrderBlockStrategy)StrategyFactory.Create("smc-order-block", Btc, StrategyParameters.Parse("SwingLength=5; AtrPeriod=20; Timeframe=15m"));

        Assert.Equal((5, 20), (strategy.Analyzer.Options.SwingLength, strategy.Analyzer.Options.AtrPeriod));
        Assert.Equal(Timeframe.M15, strategy.Analyzer.Timeframe);
    }
}
