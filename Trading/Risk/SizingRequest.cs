using SmartMarket.Trading.Strategies;

namespace SmartMarket.Trading.Risk;

/// <summary>What a position sizer knows about one intended entry. Money and prices are in the quote currency.</summary>
/// <param name="Equity">Account equity now; must be positive.</param>
/// <param name="Entry">Expected entry price; must be positive.</param>
/// <param name="Stop">Protective stop price; 0 when the trade has none (sizers that need a stop then throw).</param>
/// <param name="Confidence">Signal confidence, 0..1.</param>
/// <param name="Atr">Current average true range of the symbol in price units; 0 when unknown.</param>
public readonly record struct SizingRequest(decimal Equity, decimal Entry, decimal Stop, double Confidence, decimal Atr)
{
    /// <summary>Builds a request from a strategy signal, taking entry, stop and confidence from it.</summary>
    public static SizingRequest FromSignal(Signal signal, decimal equity, decimal atr = 0m)
    {
        ArgumentNullException.ThrowIfNull(signal);
        return new SizingRequest(equity, signal.Entry, signal.Stop, signal.Confidence, atr);
    }

    /// <summary>Distance from entry to stop in price units, 0 when there is no stop.</summary>
    public decimal StopDistance => Stop == 0m ? 0m : Math.Abs(Entry - Stop);

    internal void ValidateEquityAndEntry()
    {
        if (Equity <= 0m)
            throw new ArgumentOutOfRangeException(nameof(Equity), Equity, "equity must be positive to size a position");
        if (Entry <= 0m)
            throw new ArgumentOutOfRangeException(nameof(Entry), Entry, "entry price must be positive");
    }

    internal decimal RequireStopDistance()
    {
        if (Stop < 0m)
            throw new ArgumentOutOfRangeException(nameof(Stop), Stop, "stop price must not be negative");
        var distance = StopDistance;
        if (distance == 0m)
            throw new ArgumentException("stop must be set and differ from the entry price for stop-based sizing", nameof(Stop));
        return distance;
    }
}
