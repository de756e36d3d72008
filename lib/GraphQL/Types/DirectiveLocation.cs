namespace GraphQL.Types;

/// <summary>Where a directive may be applied.</summary>
public enum DirectiveLocation
{
    /// <summary>The operation keyword of a query.</summary>
    Query,

    /// <summary>A mutation operation.</summary>
    Mutation,

    /// <summary>A subscription operation.</summary>
    Subscription,

    /// <summary>A field selection.</summary>
    Field,

    /// <summary>A fragment definition.</summary>
    FragmentDefinition,

    /// <summary>A fragment spread.</summary>
    FragmentSpread,

    /// <summary>An inline fragment.</summary>
    InlineFragment,

    /// <summary>A variable definition.</summary>
    VariableDefinition,

    /// <summary>A schema definition.</summary>
    Schema,

    /// <summary>A scalar definition.</summary>
    Scalar,

    /// <summary>An object type definition.</summary>
    Object,

    /// <summary>A field definition.</summary>
    FieldDefinition,

    /// <summary>An argument definition.</summary>
    ArgumentDefinition,

    /// <summary>An interface definition.</summary>
    Interface,

    /// <summary>A union definition.</summary>
    Union,

    /// <summary>An enum definition.</summary>
    Enum,

    /// <summary>An enum value definition.</summary>
    EnumValue,

    /// <summary>An input object definition.</summary>
    InputObject,

    /// <summary>An input field definition.</summary>
    InputFieldDefinition,
}
