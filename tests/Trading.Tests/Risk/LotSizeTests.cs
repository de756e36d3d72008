using SmartMarket.Trading.Risk;

namespace Trading.Tests.Risk;

public class LotSizeTests
{
    [Theory]
    [InlineData("0.123456", "0.001", "0.123")]
    [InlineData("0.129999", "0.001", "0.129")]
    [InlineData("7.5", "2", "6")]
    [InlineData("0.0009", "0.001", "0")]
    [InlineData("3.25", "0.25", "3.25")]
    public void RoundDown_ToLotStep_FloorsToWholeSteps(string quantity, string step, string expected)
    {
        var lot = new LotSize(decimal.Parse(step, System.Globalization.CultureInfo.InvariantCulture));

        var rounded = lot.RoundDown(decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rounded);
    }

    [Fact]
    public void RoundDown_WithNoStep_LeavesQuantityUnchanged() => Assert.Equal(0.123456789m, LotSize.None.RoundDown(0.123456789m));

    [Fact]
    public void RoundDown_OfNegativeQuantity_GivesZero() => Assert.Equal(0m, new LotSize(0.01m).RoundDown(-1m));

    [Fact]
    public void Constructor_WithNegativeStep_ThrowsNamingStep()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new LotSize(-0.1m));
        Assert.Equal("step", ex.ParamName);
    }
}
