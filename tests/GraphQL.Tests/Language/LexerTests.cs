using GraphQL.Language;

namespace GraphQL.Tests.Language;

public sealed class LexerTests
{
    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", "string with unicode escape outside BMP \U0001F600")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", "string with minimal unicode escape \0")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", "string with maximal unicode escape \U0010FFFF")]
    [InlineData("\"string with surrogate pair escape \\uD83D\\uDE00\"", "string with surrogate pair escape \U0001F600")]
    [InlineData("\"string with literal emoji \U0001F600\"", "string with literal emoji \U0001F600")]
    public void String_WithEscapes_DecodesValue(string source, string expected)
    {
        var lexer = Advance(source);

        Assert.Equal(TokenKind.String, lexer.Kind);
        Assert.Equal(expected, lexer.Value);
        Assert.Equal(0, lexer.Start);
        Assert.Equal(source.Length, lexer.End);
    }

    [Theory]
    [InlineData("\"", "Unterminated string.", 1, 2)]
    [InlineData("\"no end quote", "Unterminated string.", 1, 14)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 1, 7)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Invalid Unicode escape sequence: \"\\u0XX1\".", 1, 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 1, 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Invalid Unicode escape sequence: \"\\u{FX\".", 1, 6)]
    [InlineData("\"too high \\u{110000} esc\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 11)]
    [InlineData("\"lone surrogate \\uD83D\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 17)]
    [InlineData("\"reversed pair \\uDE00\\uD83D\"", "Invalid Unicode escape sequence: \"\\uDE00\".", 1, 16)]
    public void String_WithBadContent_ReportsExactPosition(string source, string description, int line, int column) =>
        AssertError(source, description, line, column);

    [Fact]
    public void BlockString_FollowsSpecIndentationAlgorithm()
    {
        var source = "\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"";

        var lexer = Advance(source);

        Assert.Equal(TokenKind.BlockString, lexer.Kind);
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", lexer.Value);
    }

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    public void BlockString_KeepsRawContentAndTrimsBlankEdges(string source, string expected)
    {
        var lexer = Advance(source);

        Assert.Equal(TokenKind.BlockString, lexer.Kind);
        Assert.Equal(expected, lexer.Value);
    }

    [Fact]
    public void BlockString_AdvancesLineCountForFollowingTokens()
    {
        var lexer = Advance("\"\"\"a\nb\nc\"\"\" name");
        lexer.Advance();

        Assert.Equal(TokenKind.Name, lexer.Kind);
        Assert.Equal(3, lexer.Line);
        Assert.Equal(6, lexer.Column);
    }

    [Theory]
    [InlineData("4", TokenKind.Int, "4")]
    [InlineData("-4", TokenKind.Int, "-4")]
    [InlineData("0", TokenKind.Int, "0")]
    [InlineData("4.123", TokenKind.Float, "4.123")]
    [InlineData("-4.123", TokenKind.Float, "-4.123")]
    [InlineData("0.123", TokenKind.Float, "0.123")]
    [InlineData("123e4", TokenKind.Float, "123e4")]
    [InlineData("123E4", TokenKind.Float, "123E4")]
    [InlineData("123e-4", TokenKind.Float, "123e-4")]
    [InlineData("123e+4", TokenKind.Float, "123e+4")]
    [InlineData("-1.123e4567", TokenKind.Float, "-1.123e4567")]
    public void Number_IsReadWithItsKind(string source, TokenKind kind, string value)
    {
        var lexer = Advance(source);

        Assert.Equal(kind, lexer.Kind);
        Assert.Equal(value, lexer.Value);
    }

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("+1", "Unexpected character: \"+\".", 1, 1)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData(".123", "Unexpected character: \".\".", 1, 1)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 1, 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 1, 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 1, 5)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 1, 5)]
    [InlineData("1.2e3e", "Invalid number, expected digit but got: \"e\".", 1, 6)]
    [InlineData("1.2e3.4", "Invalid number, expected digit but got: \".\".", 1, 6)]
    [InlineData("1.23.4", "Invalid number, expected digit but got: \".\".", 1, 5)]
    [InlineData("0xF1", "Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 1, 4)]
    [InlineData("1_1234", "Invalid number, expected digit but got: \"_\".", 1, 2)]
    public void Number_WithBadShape_ReportsExactPosition(string source, string description, int line, int column) =>
        AssertError(source, description, line, column);

    [Theory]
    [InlineData("..", "Unexpected character: \".\".", 1, 1)]
    [InlineData("~", "Unexpected character: \"~\".", 1, 1)]
    [InlineData("\u00AA", "Unexpected character: U+00AA.", 1, 1)]
    [InlineData("\u203B", "Unexpected character: U+203B.", 1, 1)]
    [InlineData("\u0007", "Unexpected character: U+0007.", 1, 1)]
    [InlineData("'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\n\n    ?\n", "Unexpected character: \"?\".", 3, 5)]
    [InlineData("\r\n\r\n  ?", "Unexpected character: \"?\".", 3, 3)]
    public void UnknownCharacter_ReportsExactPosition(string source, string description, int line, int column) =>
        AssertError(source, description, line, column);

    [Fact]
    public void LoneSurrogate_IsAnInvalidCharacter()
    {
        // Built at run time: test-case serialization would replace the lone surrogate with U+FFFD.
        var source = "a " + (char)0xD83D;
        var lexer = Advance(source);

        var error = Assert.Throws<GraphQLSyntaxError>(lexer.Advance);

        Assert.Equal("Invalid character: U+D83D.", error.Description);
        Assert.Equal((1, 3), (error.Line, error.Column));
    }

    [Fact]
    public void IgnoredTokens_AreSkippedWithLinesCounted()
    {
        var lexer = Advance("\uFEFF ,, # comment\r\n\t  foo");

        Assert.Equal(TokenKind.Name, lexer.Kind);
        Assert.Equal("foo", lexer.Value);
        Assert.Equal(2, lexer.Line);
        Assert.Equal(4, lexer.Column);
    }

    [Fact]
    public void Punctuators_AreRecognisedInOrder()
    {
        var lexer = new Lexer("! $ & ( ) ... : = @ [ ] { | }");
        var kinds = new List<TokenKind>();
        for (lexer.Advance(); lexer.Kind != TokenKind.EndOfFile; lexer.Advance())
            kinds.Add(lexer.Kind);

        Assert.Equal(
            [TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread, TokenKind.Colon,
             TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR, TokenKind.BraceL, TokenKind.Pipe, TokenKind.BraceR],
            kinds);
    }

    private static Lexer Advance(string source)
    {
        var lexer = new Lexer(source);
        lexer.Advance();
        return lexer;
    }

    private static void AssertError(string source, string description, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Advance(source));
        Assert.Equal(description, error.Description);
        Assert.Equal("Syntax Error: " + description, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }
}
