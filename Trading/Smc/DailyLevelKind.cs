namespace SmartMarket.Trading.Smc;

/// <summary>Which of the previous UTC day's prices a level is.</summary>
public enum DailyLevelKind
{
    Open = 1,
    High = 2,
    Low = 3,
    Close = 4,
}
