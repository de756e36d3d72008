using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Strategies;

namespace Trading.Tests.Strategies;

public class SymbolSettingsTests
{
    [Theory]
    [InlineData("BTCUSDT", 0.75, "0.03")]
    [InlineData("ETHUSDT", 0.70, "0.025")]
    [InlineData("SOLUSDT", 0.65, "0.02")]
    [InlineData("ADAUSDT", 0.65, "0.015")]
    [InlineData("XRPUSDT", 0.70, "0.01")]
    public void For_GivesTheSymbolsDefaults(string ticker, double minConfidence, string size)
    {
        var settings = SymbolSettings.For(new Symbol(ticker));

        Assert.Equal(minConfidence, settings.MinConfidence);
        Assert.Equal(decimal.Parse(size, System.Globalization.CultureInfo.InvariantCulture), settings.PositionSizeFraction);
    }

    [Fact]
    public void From_WithOverrides_ReplacesOnlyThoseGiven()
    {
        var settings = SymbolSettings.From(new Symbol("ETHUSDT"), StrategyParameters.Parse("MinConfidence=0.8"));

        Assert.Equal(new SymbolSettings(0.8, 0.025m), settings);
    }

    [Theory]
    [InlineData(-0.1, "0.01", "MinConfidence")]
    [InlineData(double.NaN, "0.01", "MinConfidence")]
    [InlineData(0.5, "1.01", "PositionSizeFraction")]
    [InlineData(0.5, "-0.01", "PositionSizeFraction")]
    public void Validate_WithValueOutOfRange_ThrowsNamingIt(double minConfidence, string size, string name)
    {
        var settings = new SymbolSettings(minConfidence, decimal.Parse(size, System.Globalization.CultureInfo.InvariantCulture));

        var error = Assert.Throws<ArgumentOutOfRangeException>(settings.Validate);

        Assert.Equal(name, error.ParamName);
    }
}
