using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>An argument (of a field or directive) or a field of an input object type.</summary>
public sealed class InputValueDefinition
{
    internal InputValueDefinition(
        string name,
        string? description,
        GraphQLType type,
        bool hasDefaultValue,
        object? defaultValue,
        ValueNode? defaultValueLiteral,
        string? deprecationReason)
    {
        Name = name;
        Description = description;
        Type = type;
        HasDefaultValue = hasDefaultValue;
        DefaultValue = defaultValue;
        DefaultValueLiteral = defaultValueLiteral;
        DeprecationReason = deprecationReason;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The input type.</summary>
    public GraphQLType Type { get; }

    /// <summary>Whether a default value applies when no value is given.</summary>
    public bool HasDefaultValue { get; }

    /// <summary>The default value, already coerced to its internal form (may be null when the default is null).</summary>
    public object? DefaultValue { get; }

    /// <summary>The default value as a GraphQL literal, for introspection and SDL printing.</summary>
    public ValueNode? DefaultValueLiteral { get; }

    /// <summary>Why the argument or field is deprecated, or null.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether it is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Whether a value must be given: non-null type and no default.</summary>
    public bool IsRequired => Type.IsNonNull && !HasDefaultValue;

    /// <inheritdoc />
    public override string ToString() => Name + ": " + Type;
}
