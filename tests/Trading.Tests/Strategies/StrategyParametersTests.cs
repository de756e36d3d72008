using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Strategies;

namespace Trading.Tests.Strategies;

public class StrategyParametersTests
{
    [Fact]
    public void Parse_ReadsPairsSeparatedBySemicolonsOrCommas()
    {
        var parameters = StrategyParameters.Parse(" a = 1 ; B=2.5,c=4h ");

        Assert.Equal(1, parameters.GetInt("A", 0));
        Assert.Equal(2.5, parameters.GetDouble("b", 0));
        Assert.Equal(2.5m, parameters.GetDecimal("B", 0));
        Assert.Equal(Timeframe.H4, parameters.GetTimeframe("C", Timeframe.M1));
        Assert.Equal(7, parameters.GetInt("missing", 7));
    }

    [Fact]
    public void Parse_WithoutEquals_ThrowsQuotingThePart()
    {
        var error = Assert.Throws<ArgumentException>(() => StrategyParameters.Parse("a=1;oops"));

        Assert.Contains("'oops' is not of the form name=value", error.Message);
    }

    [Fact]
    public void Constructor_WithNameTwiceIgnoringCase_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => StrategyParameters.Parse("Rsi=1;rsi=2"));

        Assert.Equal("rsi", error.ParamName);
        Assert.Contains("given twice", error.Message);
    }

    [Theory]
    [InlineData("x=1.5")]
    [InlineData("x=NaN")]
    public void GetInt_WithNonInteger_Throws(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => StrategyParameters.Parse(text).GetInt("x", 0));

        Assert.Equal("x", error.ParamName);
    }

    [Fact]
    public void GetDouble_WithInfinity_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => StrategyParameters.Parse("x=Infinity").GetDouble("x", 0));

        Assert.Contains("must be a number", error.Message);
    }

    [Fact]
    public void GetTimeframe_WithUnknownName_ThrowsListingTheValidOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => StrategyParameters.Parse("tf=2h").GetTimeframe("tf", Timeframe.H1));

        Assert.Contains("1m, 5m, 15m, 30m, 1h, 4h, 1d, not '2h'", error.Message);
    }
}
