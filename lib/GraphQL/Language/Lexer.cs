using System.Text;

namespace GraphQL.Language;

/// <summary>
/// Turns GraphQL source text into tokens, one at a time, reading the string in place without regular
/// expressions. Ignored tokens (white space, line terminators, commas, comments, the byte order mark)
/// are skipped. The current token is exposed through properties to avoid allocating token objects.
/// </summary>
public sealed class Lexer
{
    private readonly string _source;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    /// <summary>Creates a lexer positioned before the first token.</summary>
    public Lexer(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        Kind = TokenKind.StartOfFile;
        Line = 1;
        Column = 1;
    }

    /// <summary>The source text.</summary>
    public string Source => _source;

    /// <summary>The current token's kind.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>Offset of the current token's first character.</summary>
    public int Start { get; private set; }

    /// <summary>Offset one past the current token's last character.</summary>
    public int End { get; private set; }

    /// <summary>1-based line of the current token.</summary>
    public int Line { get; private set; }

    /// <summary>1-based column of the current token.</summary>
    public int Column { get; private set; }

    /// <summary>The value of a name, number or string token (escapes processed); null for punctuators.</summary>
    public string? Value { get; private set; }

    /// <summary>End offset of the token before the current one, used as the end of a finished node.</summary>
    public int PreviousEnd { get; private set; }

    /// <summary>The current token's location.</summary>
    public Location TokenLocation => new(Start, End, Line, Column);

    /// <summary>Moves to the next significant token.</summary>
    public void Advance()
    {
        PreviousEnd = End;
        if (Kind == TokenKind.EndOfFile)
            return;
        ReadToken();
    }

    /// <summary>The kind and value of the token after the current one, without moving.</summary>
    public (TokenKind Kind, string? Value, Location Location) Peek()
    {
        var saved = (_position, _line, _lineStart, Kind, Start, End, Line, Column, Value, PreviousEnd);
        Advance();
        var result = (Kind, Value, TokenLocation);
        (_position, _line, _lineStart, Kind, Start, End, Line, Column, Value, PreviousEnd) = saved;
        return result;
    }

    /// <summary>A syntax error at the given offset, with its line and column computed from the source.</summary>
    public GraphQLSyntaxError Error(int position, string description)
    {
        var (line, column) = LineAndColumn(_source, position);
        return new GraphQLSyntaxError(description, position, line, column);
    }

    /// <summary>The 1-based line and column of an offset; line terminators are \n, \r\n and \r.</summary>
    public static (int Line, int Column) LineAndColumn(string source, int position)
    {
        ArgumentNullException.ThrowIfNull(source);
        var line = 1;
        var lineStart = 0;
        var end = Math.Min(position, source.Length);
        for (var i = 0; i < end; i++)
        {
            var c = source[i];
            if (c == '\r' && i + 1 < source.Length && source[i + 1] == '\n')
                continue; // the \n of \r\n ends the line
            if (c == '\n' || c == '\r')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, position - lineStart + 1);
    }

    private void ReadToken()
    {
        var source = _source.AsSpan();
        var position = _position;
        while (position < source.Length)
        {
            var c = source[position];
            if (c == ' ' || c == '\t' || c == ',' || c == '\uFEFF')
            {
                position++;
            }
            else if (c == '\n')
            {
                position++;
                _line++;
                _lineStart = position;
            }
            else if (c == '\r')
            {
                position += position + 1 < source.Length && source[position + 1] == '\n' ? 2 : 1;
                _line++;
                _lineStart = position;
            }
            else if (c == '#')
            {
                position = SkipComment(source, position + 1);
            }
            else
            {
                break;
            }
        }

        Start = position;
        Line = _line;
        Column = position - _lineStart + 1;
        Value = null;
        if (position >= source.Length)
        {
            SetToken(TokenKind.EndOfFile, position, position);
            return;
        }

        var ch = source[position];
        switch (ch)
        {
            case '!': SetToken(TokenKind.Bang, position, position + 1); return;
            case '$': SetToken(TokenKind.Dollar, position, position + 1); return;
            case '&': SetToken(TokenKind.Amp, position, position + 1); return;
            case '(': SetToken(TokenKind.ParenL, position, position + 1); return;
            case ')': SetToken(TokenKind.ParenR, position, position + 1); return;
            case ':': SetToken(TokenKind.Colon, position, position + 1); return;
            case '=': SetToken(TokenKind.Equals, position, position + 1); return;
            case '@': SetToken(TokenKind.At, position, position + 1); return;
            case '[': SetToken(TokenKind.BracketL, position, position + 1); return;
            case ']': SetToken(TokenKind.BracketR, position, position + 1); return;
            case '{': SetToken(TokenKind.BraceL, position, position + 1); return;
            case '|': SetToken(TokenKind.Pipe, position, position + 1); return;
            case '}': SetToken(TokenKind.BraceR, position, position + 1); return;
            case '.':
                if (position + 2 < source.Length && source[position + 1] == '.' && source[position + 2] == '.')
                {
                    SetToken(TokenKind.Spread, position, position + 3);
                    return;
                }

                break;
            case '"':
                if (position + 2 < source.Length && source[position + 1] == '"' && source[position + 2] == '"')
                    ReadBlockString(position);
                else
                    ReadString(position);
                return;
        }

        if (ch == '-' || char.IsAsciiDigit(ch))
        {
            ReadNumber(position);
            return;
        }

        if (IsNameStart(ch))
        {
            var end = position + 1;
            while (end < source.Length && IsNameContinue(source[end]))
                end++;
            Value = _source.Substring(position, end - position);
            SetToken(TokenKind.Name, position, end);
            return;
        }

        if (ch == '\'')
            throw Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");

        throw Error(position, IsValidCharacterAt(source, position)
            ? $"Unexpected character: {DescribeCharacterAt(source, position)}."
            : $"Invalid character: {DescribeCharacterAt(source, position)}.");
    }

    private void SetToken(TokenKind kind, int start, int end)
    {
        Kind = kind;
        Start = start;
        End = end;
        _position = end;
    }

    private static int SkipComment(ReadOnlySpan<char> source, int position)
    {
        while (position < source.Length)
        {
            var c = source[position];
            if (c == '\n' || c == '\r')
                break;
            if (!char.IsSurrogate(c))
                position++;
            else if (IsSurrogatePairAt(source, position))
                position += 2;
            else
                break;
        }

        return position;
    }

    private void ReadNumber(int start)
    {
        var source = _source.AsSpan();
        var position = start;
        var isFloat = false;
        var c = CharAt(source, position);
        if (c == '-')
            c = CharAt(source, ++position);

        if (c == '0')
        {
            c = CharAt(source, ++position);
            if (char.IsAsciiDigit(c))
                throw Error(position, $"Invalid number, unexpected digit after 0: {DescribeCharacterAt(source, position)}.");
        }
        else
        {
            position = ReadDigits(source, position);
            c = CharAt(source, position);
        }

        if (c == '.')
        {
            isFloat = true;
            position = ReadDigits(source, position + 1);
            c = CharAt(source, position);
        }

        if (c == 'e' || c == 'E')
        {
            isFloat = true;
            c = CharAt(source, ++position);
            if (c == '+' || c == '-')
                position++;
            position = ReadDigits(source, position);
            c = CharAt(source, position);
        }

        // A number directly followed by a dot or a name start would read ambiguously (1.2.3, 123abc).
        if (c == '.' || IsNameStart(c))
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCharacterAt(source, position)}.");

        Value = _source.Substring(start, position - start);
        SetToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private int ReadDigits(ReadOnlySpan<char> source, int position)
    {
        if (!char.IsAsciiDigit(CharAt(source, position)))
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCharacterAt(source, position)}.");
        while (position < source.Length && char.IsAsciiDigit(source[position]))
            position++;
        return position;
    }

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
