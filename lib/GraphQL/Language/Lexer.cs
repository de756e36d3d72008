namespace GraphQL.Language;

/// <summary>
/// Turns GraphQL source text into tokens, one at a time, reading the string in place without regular
/// expressions. Ignored tokens (white space, line terminators, commas, comments, the byte order mark)
/// are skipped. The current token is exposed through properties to avoid allocating token objects.
/// </summary>
public sealed partial class Lexer
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
}
