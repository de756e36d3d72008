using System.Text;

namespace GraphQL.Language;

/// <summary>String and block string tokens: escapes (including Unicode and surrogate pairs) and raw block lines.</summary>
public sealed partial class Lexer
{
    private void ReadString(int start)
    {
        var source = _source.AsSpan();
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? builder = null;
        while (position < source.Length)
        {
            var c = source[position];
            if (c == '"')
            {
                if (builder is null)
                {
                    Value = _source.Substring(chunkStart, position - chunkStart);
                }
                else
                {
                    builder.Append(source[chunkStart..position]);
                    Value = builder.ToString();
                }

                SetToken(TokenKind.String, start, position + 1);
                return;
            }

            if (c == '\\')
            {
                builder ??= new StringBuilder(position - chunkStart + 16);
                builder.Append(source[chunkStart..position]);
                position += ReadEscape(source, position, builder);
                chunkStart = position;
                continue;
            }

            if (c == '\n' || c == '\r')
                break;

            if (!char.IsSurrogate(c))
                position++;
            else if (IsSurrogatePairAt(source, position))
                position += 2;
            else
                throw Error(position, $"Invalid character within String: {DescribeCharacterAt(source, position)}.");
        }

        throw Error(position, "Unterminated string.");
    }

    private int ReadEscape(ReadOnlySpan<char> source, int position, StringBuilder builder)
    {
        var next = CharAt(source, position + 1);
        switch (next)
        {
            case '"': builder.Append('"'); return 2;
            case '\\': builder.Append('\\'); return 2;
            case '/': builder.Append('/'); return 2;
            case 'b': builder.Append('\b'); return 2;
            case 'f': builder.Append('\f'); return 2;
            case 'n': builder.Append('\n'); return 2;
            case 'r': builder.Append('\r'); return 2;
            case 't': builder.Append('\t'); return 2;
            case 'u':
                return CharAt(source, position + 2) == '{'
                    ? ReadVariableWidthUnicodeEscape(source, position, builder)
                    : ReadFixedWidthUnicodeEscape(source, position, builder);
            default:
                var end = Math.Min(position + 2, source.Length);
                throw Error(position, $"Invalid character escape sequence: \"{source[position..end].ToString()}\".");
        }
    }

    private int ReadVariableWidthUnicodeEscape(ReadOnlySpan<char> source, int position, StringBuilder builder)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var c = CharAt(source, position + size++);
            if (c == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                    break;
                AppendCodePoint(builder, point);
                return size;
            }

            var digit = HexValue(c);
            if (digit < 0)
                break;
            point = (point << 4) | digit;
        }

        var end = Math.Min(position + size, source.Length);
        throw Error(position, $"Invalid Unicode escape sequence: \"{source[position..end].ToString()}\".");
    }

    private int ReadFixedWidthUnicodeEscape(ReadOnlySpan<char> source, int position, StringBuilder builder)
    {
        var code = Read16BitHex(source, position + 2);
        if (code >= 0 && IsUnicodeScalarValue(code))
        {
            builder.Append((char)code);
            return 6;
        }

        // JSON-style surrogate pair escapes are accepted only when they form a valid pair.
        if (code >= 0xD800 && code <= 0xDBFF && CharAt(source, position + 6) == '\\' && CharAt(source, position + 7) == 'u')
        {
            var trailing = Read16BitHex(source, position + 8);
            if (trailing >= 0xDC00 && trailing <= 0xDFFF)
            {
                builder.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        var end = Math.Min(position + 6, source.Length);
        throw Error(position, $"Invalid Unicode escape sequence: \"{source[position..end].ToString()}\".");
    }

    private void ReadBlockString(int start)
    {
        var source = _source.AsSpan();
        var position = start + 3;
        var chunkStart = position;
        var lineStart = _lineStart;
        var lineCount = 0;
        var lines = new List<string>();
        var current = new StringBuilder();
        while (position < source.Length)
        {
            var c = source[position];
            if (c == '"' && CharAt(source, position + 1) == '"' && CharAt(source, position + 2) == '"')
            {
                current.Append(source[chunkStart..position]);
                lines.Add(current.ToString());
                Value = BlockString.Dedent(lines);
                SetToken(TokenKind.BlockString, start, position + 3);
                _line += lineCount;
                _lineStart = lineStart;
                return;
            }

            if (c == '\\' && CharAt(source, position + 1) == '"' && CharAt(source, position + 2) == '"' && CharAt(source, position + 3) == '"')
            {
                // Escaped triple quote: drop only the backslash.
                current.Append(source[chunkStart..position]);
                chunkStart = position + 1;
                position += 4;
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                current.Append(source[chunkStart..position]);
                lines.Add(current.ToString());
                current.Clear();
                position += c == '\r' && CharAt(source, position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                lineCount++;
                continue;
            }

            if (!char.IsSurrogate(c))
                position++;
            else if (IsSurrogatePairAt(source, position))
                position += 2;
            else
                throw Error(position, $"Invalid character within String: {DescribeCharacterAt(source, position)}.");
        }

        throw Error(position, "Unterminated string.");
    }
}
