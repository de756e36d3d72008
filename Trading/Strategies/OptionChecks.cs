namespace SmartMarket.Trading.Strategies;

/// <summary>Range checks for strategy options; each error names the option and its allowed range.</summary>
internal static class OptionChecks
{
    public static void AtLeast(int value, int minimum, string name)
    {
        if (value < minimum)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least {minimum}");
    }

    public static void Between(double value, double minimum, double maximum, string name)
    {
        // Written so that NaN fails too.
        if (!(value >= minimum && value <= maximum))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {minimum} and {maximum}");
    }

    public static void Positive(double value, string name)
    {
        if (!(value > 0 && double.IsFinite(value)))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a positive number");
    }

    public static void Defined(MarketData.Timeframe timeframe, string name)
    {
        if (!Enum.IsDefined(timeframe))
            throw new ArgumentOutOfRangeException(name, timeframe, $"{name} is not a known timeframe");
    }
}
