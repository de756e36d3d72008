using System.Globalization;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// The <c>DateTime</c> scalar: an instant as an ISO-8601 / RFC 3339 string. Output is always UTC with a
/// <c>Z</c> suffix (<c>2024-05-01T12:30:00Z</c>, fractional seconds only when non-zero); input must carry
/// <c>Z</c> or an explicit offset and is converted to a UTC <see cref="DateTime"/>.
/// </summary>
public sealed class DateTimeType : ScalarType
{
    internal DateTimeType()
        : base("DateTime", "An instant in time as an ISO-8601 string in UTC, e.g. `2024-05-01T12:30:00Z`.", "https://scalars.graphql.org/andimarek/date-time.html")
    {
    }

    /// <inheritdoc />
    public override object Serialize(object value) => value switch
    {
        DateTime time => Format(time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        DateTimeOffset offset => Format(offset.UtcDateTime),
        string text => Format(Parse(text)),
        _ => throw new GraphQLException($"DateTime cannot represent value: {Inspect.Value(value)}"),
    };

    /// <inheritdoc />
    public override object ParseValue(object value) => value switch
    {
        string text => Parse(text),
        _ => throw new GraphQLException($"DateTime cannot represent a non string value: {Inspect.Value(value)}"),
    };

    /// <inheritdoc />
    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode text => Parse(text.Value),
        _ => throw new GraphQLException($"DateTime cannot represent a non string value: {AstPrinter.Print(literal)}"),
    };

    private static string Format(DateTime utc) =>
        utc.ToString(utc.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static DateTime Parse(string text)
    {
        // The offset (or Z) is mandatory: a bare local time would be ambiguous.
        var hasZone = text.Length > 10 && (text.EndsWith('Z') || text.EndsWith('z') || HasOffset(text));
        if (!hasZone || text.IndexOf('T', StringComparison.OrdinalIgnoreCase) != 10
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            throw new GraphQLException(
                $"DateTime cannot represent value: {Inspect.Value(text)}; expected an ISO-8601 date-time with a time zone, e.g. \"2024-05-01T12:30:00Z\".");
        }

        return parsed.UtcDateTime;
    }

    private static bool HasOffset(string text)
    {
        var sign = text.Length - 6;
        return sign > 10 && (text[sign] == '+' || text[sign] == '-') && text[sign + 3] == ':';
    }
}
