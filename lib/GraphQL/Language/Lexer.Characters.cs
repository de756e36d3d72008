using System.Text;

namespace GraphQL.Language;

/// <summary>Character classification and description helpers.</summary>
public sealed partial class Lexer
{
    private static char CharAt(ReadOnlySpan<char> source, int position) =>
        (uint)position < (uint)source.Length ? source[position] : '\0';

    private static int Read16BitHex(ReadOnlySpan<char> source, int position)
    {
        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = (uint)(position + i) < (uint)source.Length ? HexValue(source[position + i]) : -1;
            if (digit < 0)
                return -1;
            value = (value << 4) | digit;
        }

        return value;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static void AppendCodePoint(StringBuilder builder, int codePoint)
    {
        if (codePoint < 0x10000)
        {
            builder.Append((char)codePoint);
        }
        else
        {
            var offset = codePoint - 0x10000;
            builder.Append((char)(0xD800 + (offset >> 10))).Append((char)(0xDC00 + (offset & 0x3FF)));
        }
    }

    private static bool IsUnicodeScalarValue(int code) => (code >= 0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0x10FFFF);

    private static bool IsSurrogatePairAt(ReadOnlySpan<char> source, int position) =>
        position + 1 < source.Length && char.IsHighSurrogate(source[position]) && char.IsLowSurrogate(source[position + 1]);

    private static bool IsValidCharacterAt(ReadOnlySpan<char> source, int position) =>
        !char.IsSurrogate(source[position]) || IsSurrogatePairAt(source, position);

    /// <summary>Describes a character for a message: <c>"x"</c> when printable ASCII, else <c>U+XXXX</c>.</summary>
    private static string DescribeCharacterAt(ReadOnlySpan<char> source, int position)
    {
        if (position >= source.Length)
            return "<EOF>";
        int code = IsSurrogatePairAt(source, position) ? char.ConvertToUtf32(source[position], source[position + 1]) : source[position];
        if (code >= 0x20 && code <= 0x7E)
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    internal static bool IsNameContinue(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
