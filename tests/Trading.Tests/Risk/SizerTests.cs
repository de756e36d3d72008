using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Risk;
using SmartMarket.Trading.Strategies;

namespace Trading.Tests.Risk;

public class SizerTests
{
    [Fact]
    public void FixedFraction_PutsFractionOfEquityIntoNotional()
    {
        var sizer = new FixedFractionSizer(0.10m);

        // 10% of 10,000 = 1,000 of notional at 250 per unit = 4 units.
        Assert.Equal(4m, sizer.Quantity(new SizingRequest(10_000m, 250m, 0m, 1d, 0m)));
    }

    [Fact]
    public void FixedFraction_RoundsDownToLot()
    {
        var sizer = new FixedFractionSizer(0.10m, new LotSize(0.01m));

        // 1,000 / 300 = 3.333... -> 3.33
        Assert.Equal(3.33m, sizer.Quantity(new SizingRequest(10_000m, 300m, 0m, 1d, 0m)));
    }

    [Fact]
    public void FixedFraction_WithNonPositiveEquity_ThrowsNamingEquity()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new FixedFractionSizer(0.1m).Quantity(new SizingRequest(0m, 100m, 0m, 1d, 0m)));
        Assert.Equal("Equity", ex.ParamName);
    }

    [Fact]
    public void Atr_RisksFractionOfEquityOverAtrMultipleStop()
    {
        var sizer = new AtrSizer(0.01m, 2m);

        // Risk 1% of 50,000 = 500 over a stop 2 x 125 = 250 away -> 2 units.
        Assert.Equal(2m, sizer.Quantity(new SizingRequest(50_000m, 20_000m, 0m, 1d, 125m)));
    }

    [Fact]
    public void Atr_RoundsDownToLot()
    {
        var sizer = new AtrSizer(0.01m, 2m, new LotSize(0.1m));

        // 500 / 260 = 1.923 -> 1.9
        Assert.Equal(1.9m, sizer.Quantity(new SizingRequest(50_000m, 20_000m, 0m, 1d, 130m)));
    }

    [Fact]
    public void Atr_WithoutAtr_ThrowsNamingAtr()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new AtrSizer(0.01m, 2m).Quantity(new SizingRequest(50_000m, 20_000m, 0m, 1d, 0m)));
        Assert.Equal("Atr", ex.ParamName);
    }

    [Theory]
    [InlineData(1.0, 0.0, 10.0)]
    [InlineData(0.8, 0.0, 5.0)]
    [InlineData(0.6, 0.0, 0.0)]
    [InlineData(0.59, 0.0, 0.0)]
    [InlineData(0.6, 0.25, 2.5)]
    [InlineData(0.8, 0.25, 6.25)]
    public void ConfidenceScaled_ScalesLinearlyAboveMinimum(double confidence, double floor, double expected)
    {
        // Base size 10 units: 10% of 10,000 at 100.
        var sizer = new ConfidenceScaledSizer(new FixedFractionSizer(0.10m), minimumConfidence: 0.6, floorScale: floor);

        var quantity = sizer.Quantity(new SizingRequest(10_000m, 100m, 0m, confidence, 0m));

        Assert.Equal((decimal)expected, quantity);
    }

    [Fact]
    public void ConfidenceScaled_RoundsDownToLot()
    {
        var sizer = new ConfidenceScaledSizer(new FixedFractionSizer(0.10m), 0.5, 0d, new LotSize(1m));

        // Scale (0.9 - 0.5) / 0.5 = 0.8 of 10 units = 8; at 0.77 it is 0.54 x 10 = 5.4 -> 5.
        Assert.Equal(5m, sizer.Quantity(new SizingRequest(10_000m, 100m, 0m, 0.77, 0m)));
    }

    [Fact]
    public void ConfidenceScaled_WithConfidenceOutsideUnitRange_ThrowsNamingConfidence()
    {
        var sizer = new ConfidenceScaledSizer(new FixedFractionSizer(0.10m), 0.5);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => sizer.Quantity(new SizingRequest(10_000m, 100m, 0m, 1.5, 0m)));
        Assert.Equal("confidence", ex.ParamName);
    }

    [Fact]
    public void Kelly_FullFraction_MatchesWinRateAndPayoffFormula()
    {
        // f* = W - (1 - W) / R = 0.55 - 0.45 / 1.5 = 0.25
        Assert.Equal(0.25, KellySizer.FullKellyFraction(0.55, 1.5), 12);
    }

    [Fact]
    public void Kelly_HalfKelly_RisksHalfTheFullFractionToTheStop()
    {
        var sizer = new KellySizer(0.55, 1.5, kellyMultiplier: 0.5);

        // Half of 0.25 = 12.5% of 10,000 = 1,250 risked over a 5-point stop = 250 units.
        Assert.Equal(0.125m, sizer.RiskFraction);
        Assert.Equal(250m, sizer.Quantity(new SizingRequest(10_000m, 100m, 95m, 1d, 0m)));
    }

    [Fact]
    public void Kelly_CappedByMaxRiskFraction_RisksNoMoreThanCap()
    {
        var sizer = new KellySizer(0.55, 1.5, kellyMultiplier: 0.5, maxRiskFraction: 0.02);

        // min(0.125, 0.02) = 2% of 10,000 = 200 over 5 points = 40 units.
        Assert.Equal(40m, sizer.Quantity(new SizingRequest(10_000m, 100m, 95m, 1d, 0m)));
    }

    [Fact]
    public void Kelly_WithNegativeEdge_SizesZero()
    {
        var sizer = new KellySizer(0.3, 1.0, 0.5);

        Assert.Equal(-0.4, sizer.FullKelly, 12);
        Assert.Equal(0m, sizer.Quantity(new SizingRequest(10_000m, 100m, 95m, 1d, 0m)));
    }

    [Fact]
    public void Kelly_ForShortWithStopAbove_UsesStopDistance()
    {
        var sizer = new KellySizer(0.55, 1.5, 0.5, lot: new LotSize(1m));

        // 1,250 over a 7-point stop = 178.57 -> 178.
        Assert.Equal(178m, sizer.Quantity(new SizingRequest(10_000m, 100m, 107m, 1d, 0m)));
    }

    [Fact]
    public void Kelly_WithoutStop_ThrowsNamingStop()
    {
        var ex = Assert.Throws<ArgumentException>(() => new KellySizer(0.55, 1.5, 0.5).Quantity(new SizingRequest(10_000m, 100m, 0m, 1d, 0m)));
        Assert.Equal("Stop", ex.ParamName);
    }

    [Fact]
    public void Kelly_WithMultiplierAboveOne_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new KellySizer(0.55, 1.5, 1.5));
        Assert.Equal("kellyMultiplier", ex.ParamName);
    }

    [Fact]
    public void SizingRequest_FromSignal_TakesEntryStopAndConfidence()
    {
        var signal = new Signal("s", new Symbol("BTCUSDT"), new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), Side.Buy, 0.7, 100m, 95m, [110m], "test");

        var request = SizingRequest.FromSignal(signal, 10_000m, 2m);

        Assert.Equal(new SizingRequest(10_000m, 100m, 95m, 0.7, 2m), request);
        Assert.Equal(5m, request.StopDistance);
    }
}
