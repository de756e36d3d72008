using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace SmartMarket.Trading.Indicators;

/// <summary>Argument checks shared by the indicators; the throwing paths stay out of line so updates inline well.</summary>
internal static class IndicatorGuard
{
    public static int Period(int period, string paramName, int minimum = 1)
    {
        if (period < minimum)
            ThrowPeriod(period, paramName, minimum);
        return period;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Finite(double value, string paramName)
    {
        // IsFinite is a single compare on the exponent bits, cheap enough for every update.
        if (!double.IsFinite(value))
            ThrowNotFinite(value, paramName);
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowPeriod(int period, string paramName, int minimum) =>
        throw new ArgumentOutOfRangeException(paramName, period, $"{paramName} must be at least {minimum}.");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowNotFinite(double value, string paramName) =>
        throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a finite number.");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Throw(string paramName, object? value, string message) =>
        throw new ArgumentOutOfRangeException(paramName, value, message);
}
