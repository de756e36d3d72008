using SmartMarket.Trading.Risk;

namespace Trading.Tests.Risk;

public class DrawdownKillSwitchTests
{
    [Fact]
    public void Observe_DrawdownReachesLimit_Latches()
    {
        var kill = new DrawdownKillSwitch(0.20m);
        kill.Observe(100m);
        kill.Observe(110m);
        kill.Observe(89m);
        Assert.False(kill.IsLatched);

        // 110 -> 88 is exactly 20%.
        kill.Observe(88m);

        Assert.True(kill.IsLatched);
        Assert.Equal(0.2m, kill.LatchedDrawdown);
    }

    [Fact]
    public void Observe_AfterLatching_StaysLatchedWhenEquityRecovers()
    {
        var kill = new DrawdownKillSwitch(0.20m);
        kill.Observe(100m);
        kill.Observe(75m);

        kill.Observe(130m);

        Assert.True(kill.IsLatched);
        Assert.Equal(0.25m, kill.LatchedDrawdown);
    }

    [Fact]
    public void Reset_Unlatches_AndMeasuresFromNewPeak()
    {
        var kill = new DrawdownKillSwitch(0.20m);
        kill.Observe(100m);
        kill.Observe(75m);

        kill.Reset(75m);
        kill.Observe(70m);

        Assert.False(kill.IsLatched);
        Assert.Equal(75m, kill.PeakEquity);
        Assert.Equal(5m / 75m, kill.Drawdown);

        kill.Observe(60m);
        Assert.True(kill.IsLatched);
    }

    [Fact]
    public void Constructor_WithLimitAboveOne_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new DrawdownKillSwitch(1.5m));
        Assert.Equal("maxDrawdownFraction", ex.ParamName);
    }
}
