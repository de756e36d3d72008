namespace GraphQL.Types;

/// <summary>A field of an object or interface type.</summary>
public sealed class FieldDefinition
{
    private readonly InputValueDefinition[] _arguments;

    internal FieldDefinition(
        string name,
        string? description,
        GraphQLType type,
        IReadOnlyList<InputValueDefinition> arguments,
        string? deprecationReason,
        FieldResolver resolver,
        SubscriptionSource? subscribe = null,
        int? cost = null,
        int? listSize = null,
        bool hasCustomResolver = true)
    {
        Name = name;
        Description = description;
        Type = type;
        _arguments = [.. arguments];
        DeprecationReason = deprecationReason;
        Resolver = resolver;
        Subscribe = subscribe;
        Cost = cost;
        ListSize = listSize;
        HasCustomResolver = hasCustomResolver;
    }

    /// <summary>The field's name.</summary>
    public string Name { get; }

    /// <summary>The field's description, or null.</summary>
    public string? Description { get; }

    /// <summary>The field's output type.</summary>
    public GraphQLType Type { get; }

    /// <summary>The arguments in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments => _arguments;

    /// <summary>Why the field is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether the field is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Produces the field's value (the default resolver reads dictionary sources by field name).</summary>
    public FieldResolver Resolver { get; }

    /// <summary>Whether <see cref="Resolver"/> was supplied rather than defaulted.</summary>
    public bool HasCustomResolver { get; }

    /// <summary>For subscription root fields: creates the source event stream; null otherwise.</summary>
    public SubscriptionSource? Subscribe { get; }

    /// <summary>The field's cost for operation cost limits, or null for the configured default.</summary>
    public int? Cost { get; }

    /// <summary>For list fields: the expected number of items for cost limits, or null for the configured default.</summary>
    public int? ListSize { get; }

    /// <summary>The object or interface type declaring the field (null only for meta-fields).</summary>
    public ComplexType? DeclaringType { get; internal set; }

    /// <summary>The schema coordinate, e.g. <c>Query.user</c>.</summary>
    public string Coordinate => DeclaringType is null ? Name : DeclaringType.Name + "." + Name;

    /// <summary>The argument with the given name, or null.</summary>
    public InputValueDefinition? GetArgument(string name)
    {
        foreach (var argument in _arguments)
        {
            if (argument.Name == name)
                return argument;
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Coordinate;
}
