namespace GraphQL.Types;

/// <summary>The scalars every schema can use: the five of the specification plus DateTime, Decimal and Long.</summary>
public static class BuiltInScalars
{
    /// <summary>Signed 32-bit integer.</summary>
    public static IntType Int { get; } = new();

    /// <summary>Finite double.</summary>
    public static FloatType Float { get; } = new();

    /// <summary>UTF-8 text.</summary>
    public static StringType String { get; } = new();

    /// <summary>true or false.</summary>
    public static BooleanType Boolean { get; } = new();

    /// <summary>Opaque identifier.</summary>
    public static IdType ID { get; } = new();

    /// <summary>UTC instant as ISO-8601 text.</summary>
    public static DateTimeType DateTime { get; } = new();

    /// <summary>Exact decimal, serialized as a string.</summary>
    public static DecimalType Decimal { get; } = new();

    /// <summary>Signed 64-bit integer.</summary>
    public static LongType Long { get; } = new();

    /// <summary>All of them, specification scalars first.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [Int, Float, String, Boolean, ID, DateTime, Decimal, Long];

    /// <summary>Whether the scalar is one of the five the specification defines.</summary>
    public static bool IsSpecified(NamedType type) =>
        ReferenceEquals(type, Int) || ReferenceEquals(type, Float) || ReferenceEquals(type, String)
        || ReferenceEquals(type, Boolean) || ReferenceEquals(type, ID);
}
