using SmartMarket.Trading.Risk;

namespace Trading.Tests.Risk;

public class DailyLossLimitTests
{
    private static DateTime Utc(int day, int hour, int minute = 0) => new(2024, 3, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void Observe_LossBelowLimit_DoesNotBreach()
    {
        var limit = new DailyLossLimit(0.03m);
        limit.Observe(Utc(1, 0), 1000m);

        limit.Observe(Utc(1, 5), 975m);

        Assert.False(limit.IsBreached);
        Assert.Equal(0.025m, limit.DayLossFraction);
    }

    [Fact]
    public void Observe_LossReachesLimit_BreachesForRestOfDayEvenAfterRecovery()
    {
        var limit = new DailyLossLimit(0.03m);
        limit.Observe(Utc(1, 0), 1000m);
        limit.Observe(Utc(1, 6), 969m);
        Assert.True(limit.IsBreached);
        Assert.Equal(0.031m, limit.BreachLossFraction);

        limit.Observe(Utc(1, 23, 59), 1010m);

        Assert.True(limit.IsBreached);
    }

    [Fact]
    public void Observe_AtNextUtcMidnight_ResetsWithNewReference()
    {
        var limit = new DailyLossLimit(0.03m);
        limit.Observe(Utc(1, 0), 1000m);
        limit.Observe(Utc(1, 6), 960m);

        limit.Observe(Utc(2, 0), 950m);

        Assert.False(limit.IsBreached);
        Assert.Equal(950m, limit.DayStartEquity);
        limit.Observe(Utc(2, 3), 930m);
        Assert.False(limit.IsBreached);
        limit.Observe(Utc(2, 4), 921m);
        Assert.True(limit.IsBreached);
    }

    [Fact]
    public void Observe_WithLocalTime_ThrowsNamingTime()
    {
        var limit = new DailyLossLimit(0.03m);
        var ex = Assert.Throws<ArgumentException>(() => limit.Observe(new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Local), 1000m));
        Assert.Equal("time", ex.ParamName);
    }

    [Fact]
    public void Observe_GoingBackInTime_ThrowsAndKeepsState()
    {
        var limit = new DailyLossLimit(0.03m);
        limit.Observe(Utc(2, 0), 1000m);

        var ex = Assert.Throws<ArgumentException>(() => limit.Observe(Utc(1, 12), 500m));

        Assert.Equal("time", ex.ParamName);
        Assert.Equal(1000m, limit.DayStartEquity);
        Assert.False(limit.IsBreached);
    }
}
