using System.Globalization;

namespace SmartMarket.Trading.MarketData;

/// <summary>Allocation-free parsers for the fields of a candle CSV row, working on the raw UTF-8 bytes.</summary>
internal static class Utf8CandleFields
{
    private const NumberStyles PlainDecimal = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>
    /// Parses a plain decimal such as <c>-123.45</c> (no exponent, no thousands separators). Up to 19 significant
    /// digits are assembled directly into the decimal's mantissa; longer numbers go through the framework parser.
    /// </summary>
    public static bool TryParseDecimal(ReadOnlySpan<byte> text, out decimal value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && (text[0] == (byte)'-' || text[0] == (byte)'+'))
        {
            negative = text[0] == (byte)'-';
            i = 1;
        }
        ulong mantissa = 0;
        int significant = 0, scale = 0;
        bool dot = false, anyDigit = false;
        for (; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit <= 9)
            {
                anyDigit = true;
                if (dot)
                    scale++;
                if (mantissa == 0 && digit == 0)
                    continue; // leading zeros carry no precision
                if (++significant > 19)
                    return decimal.TryParse(text, PlainDecimal, CultureInfo.InvariantCulture, out value);
                mantissa = mantissa * 10 + digit;
            }
            else if (text[i] == (byte)'.' && !dot)
            {
                dot = true;
            }
            else
            {
                return false;
            }
        }
        if (!anyDigit)
            return false;
        if (scale > 28)
            return decimal.TryParse(text, PlainDecimal, CultureInfo.InvariantCulture, out value);
        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)scale);
        return true;
    }

    /// <summary>True when the text spells NaN in any case, which deserves its own error message.</summary>
    public static bool IsNaN(ReadOnlySpan<byte> text) =>
        text.Length == 3 && (text[0] | 0x20) == 'n' && (text[1] | 0x20) == 'a' && (text[2] | 0x20) == 'n';

    /// <summary>Parses <c>yyyy-MM-ddTHH:mm:ss[.fffffff]Z</c> as a UTC time.</summary>
    public static bool TryParseUtcTime(ReadOnlySpan<byte> text, out DateTime time)
    {
        time = default;
        if (text.Length < 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':'
            || text[^1] != 'Z')
            return false;
        if (!TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || !TryDigits(text.Slice(11, 2), out var hour) || !TryDigits(text.Slice(14, 2), out var minute)
            || !TryDigits(text.Slice(17, 2), out var second))
            return false;
        var fractionTicks = 0;
        if (text.Length > 20)
        {
            var fraction = text[20..^1];
            if (text[19] != '.' || fraction.Length is 0 or > 7 || !TryDigits(fraction, out fractionTicks))
                return false;
            for (var i = fraction.Length; i < 7; i++)
                fractionTicks *= 10;
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59
            || second > 59)
            return false;
        time = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(fractionTicks);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            var digit = (uint)(b - '0');
            if (digit > 9)
                return false;
            value = value * 10 + (int)digit;
        }
        return true;
    }
}
