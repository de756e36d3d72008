using System.Text;

namespace GraphQL.Language;

/// <summary>The block string algorithms of the specification: reading (common indentation removal) and printing.</summary>
public static class BlockString
{
    /// <summary>
    /// Turns the raw lines of a block string into its value: removes the common indentation of all
    /// lines but the first, drops leading and trailing blank lines and joins with <c>\n</c>.
    /// </summary>
    public static string Dedent(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var commonIndent = int.MaxValue;
        var firstNonEmpty = -1;
        var lastNonEmpty = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhitespace(line);
            if (indent == line.Length)
                continue;
            if (firstNonEmpty < 0)
                firstNonEmpty = i;
            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent)
                commonIndent = indent;
        }

        if (firstNonEmpty < 0)
            return string.Empty;

        var builder = new StringBuilder();
        for (var i = firstNonEmpty; i <= lastNonEmpty; i++)
        {
            if (i > firstNonEmpty)
                builder.Append('\n');
            var line = lines[i];
            if (i == 0 || commonIndent == int.MaxValue)
                builder.Append(line);
            else if (line.Length > commonIndent)
                builder.Append(line, commonIndent, line.Length - commonIndent);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Prints a string as a block string literal such that reading it back yields the same value,
    /// choosing single-line or multi-line layout the way graphql-js does.
    /// </summary>
    public static string Print(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        var isSingleLine = lines.Length == 1;

        // If every line after the first starts with white space, a leading newline keeps the first line's indentation intact.
        var forceLeadingNewLine = lines.Length > 1;
        for (var i = 1; i < lines.Length && forceLeadingNewLine; i++)
        {
            if (lines[i].Length > 0 && !IsWhiteSpace(lines[i][0]))
                forceLeadingNewLine = false;
        }

        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes;

        var builder = new StringBuilder("\"\"\"");
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
            builder.Append('\n');
        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
            builder.Append('\n');
        return builder.Append("\"\"\"").ToString();
    }

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
            i++;
        return i;
    }

    private static bool IsWhiteSpace(char c) => c == ' ' || c == '\t';
}
