using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// A scalar: a leaf type with its own coercion rules. Derive from it for custom scalars; failures are
/// reported by throwing <see cref="GraphQLException"/> with a message meant for the client.
/// </summary>
public abstract class ScalarType : NamedType
{
    /// <summary>Creates a scalar type.</summary>
    protected ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <summary>The URL of the scalar's specification (<c>@specifiedBy</c>), or null.</summary>
    public string? SpecifiedByUrl { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>Output coercion: turns a resolved value into a JSON-writable value (string, bool, number).</summary>
    public abstract object Serialize(object value);

    /// <summary>Input coercion of a variable value (as decoded from JSON) into the internal value.</summary>
    public abstract object ParseValue(object value);

    /// <summary>Input coercion of a literal in a document (never a variable or null) into the internal value.</summary>
    public abstract object ParseLiteral(ValueNode literal);

    /// <summary>Turns an internal value into a literal, used to print default values.</summary>
    public virtual ValueNode ToLiteral(object value)
    {
        var location = default(GraphQL.Language.Location);
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return Serialize(value) switch
        {
            string text => new StringValueNode(text, false, location),
            bool boolean => new BooleanValueNode(boolean, location),
            int number => new IntValueNode(number.ToString(invariant), location),
            long number => new IntValueNode(number.ToString(invariant), location),
            double number when double.IsInteger(number) && Math.Abs(number) < 1e21 => new IntValueNode(number.ToString("F0", invariant), location),
            double number => new FloatValueNode(number.ToString("R", invariant), location),
            decimal number => number == decimal.Truncate(number) && number.Scale == 0
                ? new IntValueNode(number.ToString(invariant), location)
                : new FloatValueNode(number.ToString(invariant), location),
            var other => throw new GraphQLException($"Cannot convert value to AST: {Inspect.Value(other)}."),
        };
    }
}
