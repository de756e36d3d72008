using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class ScalarTypeTests
{
    [Theory]
    [InlineData("1", 1)]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("2147483647", int.MaxValue)]
    public void Int_ParseLiteral_AcceptsThirtyTwoBitIntegers(string literal, int expected) =>
        Assert.Equal(expected, BuiltInScalars.Int.ParseLiteral(Parser.ParseValue(literal)));

    [Theory]
    [InlineData("2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("[1]", "Int cannot represent non-integer value: [1]")]
    public void Int_ParseLiteral_RejectsOtherLiterals(string literal, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLException>(() => BuiltInScalars.Int.ParseLiteral(Parser.ParseValue(literal))).Message);

    [Fact]
    public void Int_ParseValue_AcceptsIntegralNumbersOnly()
    {
        Assert.Equal(3, BuiltInScalars.Int.ParseValue(3L));
        Assert.Equal(3, BuiltInScalars.Int.ParseValue(3.0));
        Assert.Equal("Int cannot represent non-integer value: 3.5", Assert.Throws<GraphQLException>(() => BuiltInScalars.Int.ParseValue(3.5)).Message);
        Assert.Equal("Int cannot represent non-integer value: \"3\"", Assert.Throws<GraphQLException>(() => BuiltInScalars.Int.ParseValue("3")).Message);
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 4294967296",
            Assert.Throws<GraphQLException>(() => BuiltInScalars.Int.ParseValue(4294967296L)).Message);
    }

    [Fact]
    public void Int_Serialize_CoercesLikeTheSpecification()
    {
        Assert.Equal(1, BuiltInScalars.Int.Serialize(true));
        Assert.Equal(12, BuiltInScalars.Int.Serialize("12"));
        Assert.Equal(7, BuiltInScalars.Int.Serialize(7.0m));
        Assert.Equal("Int cannot represent non-integer value: 0.1", Assert.Throws<GraphQLException>(() => BuiltInScalars.Int.Serialize(0.1)).Message);
    }

    [Fact]
    public void Float_AcceptsIntegersAndRejectsNonFiniteValues()
    {
        Assert.Equal(2.0, BuiltInScalars.Float.ParseLiteral(Parser.ParseValue("2")));
        Assert.Equal(-0.25, BuiltInScalars.Float.ParseLiteral(Parser.ParseValue("-2.5e-1")));
        Assert.Equal(4.0, BuiltInScalars.Float.ParseValue(4));
        Assert.Equal("Float cannot represent non numeric value: 1e400",
            Assert.Throws<GraphQLException>(() => BuiltInScalars.Float.ParseLiteral(Parser.ParseValue("1e400"))).Message);
        Assert.Equal("Float cannot represent non numeric value: NaN", Assert.Throws<GraphQLException>(() => BuiltInScalars.Float.Serialize(double.NaN)).Message);
    }

    [Fact]
    public void StringBooleanAndId_FollowTheSpecificationCoercion()
    {
        Assert.Equal("true", BuiltInScalars.String.Serialize(true));
        Assert.Equal("2.5", BuiltInScalars.String.Serialize(2.5));
        Assert.Equal("String cannot represent a non string value: 1", Assert.Throws<GraphQLException>(() => BuiltInScalars.String.ParseValue(1)).Message);
        Assert.Equal(false, BuiltInScalars.Boolean.Serialize(0));
        Assert.Equal("Boolean cannot represent a non boolean value: \"true\"",
            Assert.Throws<GraphQLException>(() => BuiltInScalars.Boolean.ParseLiteral(Parser.ParseValue("\"true\""))).Message);
        Assert.Equal("4", BuiltInScalars.ID.ParseLiteral(Parser.ParseValue("4")));
        Assert.Equal("4", BuiltInScalars.ID.Serialize(4L));
        Assert.Equal("ID cannot represent a non-string and non-integer value: 4.5",
            Assert.Throws<GraphQLException>(() => BuiltInScalars.ID.ParseLiteral(Parser.ParseValue("4.5"))).Message);
    }

    [Theory]
    [InlineData("2024-05-01T12:30:00Z", "2024-05-01T12:30:00Z")]
    [InlineData("2024-05-01T14:30:00+02:00", "2024-05-01T12:30:00Z")]
    [InlineData("2024-05-01T12:30:00.125Z", "2024-05-01T12:30:00.125Z")]
    public void DateTime_ParsesWithZoneAndSerializesUtc(string input, string expected)
    {
        var parsed = (DateTime)BuiltInScalars.DateTime.ParseValue(input);

        Assert.Equal(DateTimeKind.Utc, parsed.Kind);
        Assert.Equal(expected, BuiltInScalars.DateTime.Serialize(parsed));
    }

    [Theory]
    [InlineData("2024-05-01T12:30:00")]
    [InlineData("2024-05-01")]
    [InlineData("yesterday")]
    public void DateTime_WithoutZone_IsRejected(string input) =>
        Assert.StartsWith("DateTime cannot represent value:", Assert.Throws<GraphQLException>(() => BuiltInScalars.DateTime.ParseValue(input)).Message, StringComparison.Ordinal);

    [Fact]
    public void DateTime_Serialize_ConvertsUnspecifiedAsUtc() =>
        Assert.Equal("2024-01-02T03:04:05Z", BuiltInScalars.DateTime.Serialize(new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Unspecified)));

    [Theory]
    [InlineData("\"0.1000000000000000000000000001\"", "0.1000000000000000000000000001")]
    [InlineData("123.4500", "123.4500")]
    [InlineData("-7", "-7")]
    [InlineData("1e3", "1000")]
    public void Decimal_RoundTripsExactlyAsString(string literal, string expected)
    {
        var parsed = BuiltInScalars.Decimal.ParseLiteral(Parser.ParseValue(literal));

        Assert.IsType<decimal>(parsed);
        Assert.Equal(expected, BuiltInScalars.Decimal.Serialize(parsed));
    }

    [Fact]
    public void Decimal_ParseValue_AcceptsStringsAndNumbers()
    {
        Assert.Equal(0.1m, BuiltInScalars.Decimal.ParseValue("0.1"));
        Assert.Equal(5m, BuiltInScalars.Decimal.ParseValue(5));
        Assert.Equal("Decimal cannot represent value: \"abc\"", Assert.Throws<GraphQLException>(() => BuiltInScalars.Decimal.ParseValue("abc")).Message);
    }

    [Fact]
    public void Long_AcceptsSixtyFourBitIntegers()
    {
        Assert.Equal(9007199254740993L, BuiltInScalars.Long.ParseLiteral(Parser.ParseValue("9007199254740993")));
        Assert.Equal(9007199254740993L, BuiltInScalars.Long.ParseValue("9007199254740993"));
        Assert.Equal(5L, BuiltInScalars.Long.Serialize(5));
        Assert.Equal("Long cannot represent value: 1.5", Assert.Throws<GraphQLException>(() => BuiltInScalars.Long.ParseLiteral(Parser.ParseValue("1.5"))).Message);
    }
}
