using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>An enum: a leaf type whose values are names, each mapped to an internal value.</summary>
public sealed class EnumType : NamedType
{
    private EnumValueDefinition[] _values = [];
    private Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);
    private Dictionary<object, EnumValueDefinition> _byValue = [];

    internal EnumType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>The values in definition order.</summary>
    public IReadOnlyList<EnumValueDefinition> Values => _values;

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The value with the given name, or null.</summary>
    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Output coercion: the name of the enum value whose internal value (or name) is <paramref name="value"/>.</summary>
    /// <exception cref="GraphQLException">No enum value matches.</exception>
    public string Serialize(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (_byValue.TryGetValue(value, out var definition))
            return definition.Name;
        if (value is string name && _byName.ContainsKey(name))
            return name;
        throw new GraphQLException($"Enum \"{Name}\" cannot represent value: {Inspect.Value(value)}");
    }

    /// <summary>Input coercion of a variable value (a name string) to the internal value.</summary>
    /// <exception cref="GraphQLException">The value is not a string or names no enum value.</exception>
    public object ParseValue(object value)
    {
        if (value is not string name)
        {
            var text = Inspect.Value(value);
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-string value: {text}." + DidYouMean(text));
        }

        var definition = GetValue(name)
            ?? throw new GraphQLException($"Value \"{name}\" does not exist in \"{Name}\" enum." + DidYouMean(name));
        return definition.Value;
    }

    /// <summary>Input coercion of a literal (an enum value name) to the internal value.</summary>
    /// <exception cref="GraphQLException">The literal is not an enum value of this type.</exception>
    public object ParseLiteral(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal is not EnumValueNode enumLiteral)
        {
            var text = AstPrinter.Print(literal);
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-enum value: {text}." + DidYouMean(text));
        }

        var definition = GetValue(enumLiteral.Value)
            ?? throw new GraphQLException($"Value \"{enumLiteral.Value}\" does not exist in \"{Name}\" enum." + DidYouMean(enumLiteral.Value));
        return definition.Value;
    }

    internal void SetValues(IReadOnlyList<EnumValueDefinition> values)
    {
        _values = [.. values];
        _byName = new Dictionary<string, EnumValueDefinition>(StringComparer.Ordinal);
        _byValue = [];
        foreach (var value in _values)
        {
            _byName.TryAdd(value.Name, value);
            _byValue.TryAdd(value.Value, value);
        }
    }

    private string DidYouMean(string text) =>
        Suggestions.DidYouMean(Suggestions.List(text, _values.Select(v => v.Name)), "the enum value");
}
