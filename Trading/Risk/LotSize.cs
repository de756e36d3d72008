using System.Globalization;

namespace SmartMarket.Trading.Risk;

/// <summary>
/// An instrument's quantity step (exchange "step size"). Quantities are rounded down to a whole number of steps,
/// so rounding never adds exposure. A step of 0 means any quantity is allowed.
/// </summary>
public readonly record struct LotSize
{
    /// <summary>A lot size that leaves quantities unchanged.</summary>
    public static readonly LotSize None;

    public LotSize(decimal step)
    {
        if (step < 0m)
            throw new ArgumentOutOfRangeException(nameof(step), step, "lot step must be zero (no rounding) or positive");
        Step = step;
    }

    /// <summary>The smallest tradable increment of quantity; 0 for none.</summary>
    public decimal Step { get; }

    /// <summary>
    /// The largest multiple of <see cref="Step"/> not above <paramref name="quantity"/>; negative inputs give 0
    /// because a sizer or a limit never turns a long intent into a short.
    /// </summary>
    public decimal RoundDown(decimal quantity)
    {
        if (quantity <= 0m)
            return 0m;
        return Step == 0m ? quantity : decimal.Floor(quantity / Step) * Step;
    }

    public override string ToString() => Step.ToString(CultureInfo.InvariantCulture);
}
