using System.Globalization;

namespace SmartMarket.Trading.Risk;

/// <summary>Number formats for rejection reasons, culture-independent so logs and tests read the same everywhere.</summary>
internal static class RiskText
{
    public static string Percent(decimal fraction) => (fraction * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Times(decimal ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture) + "x";

    public static string Quantity(decimal quantity) => quantity.ToString("0.########", CultureInfo.InvariantCulture);
}
