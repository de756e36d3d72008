namespace GraphQL.Types;

/// <summary>Conversions between <see cref="DirectiveLocation"/> and the specification's names (<c>FIELD_DEFINITION</c>).</summary>
public static class DirectiveLocationExtensions
{
    /// <summary>The name used in SDL and introspection.</summary>
    public static string ToSpecName(this DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "QUERY",
        DirectiveLocation.Mutation => "MUTATION",
        DirectiveLocation.Subscription => "SUBSCRIPTION",
        DirectiveLocation.Field => "FIELD",
        DirectiveLocation.FragmentDefinition => "FRAGMENT_DEFINITION",
        DirectiveLocation.FragmentSpread => "FRAGMENT_SPREAD",
        DirectiveLocation.InlineFragment => "INLINE_FRAGMENT",
        DirectiveLocation.VariableDefinition => "VARIABLE_DEFINITION",
        DirectiveLocation.Schema => "SCHEMA",
        DirectiveLocation.Scalar => "SCALAR",
        DirectiveLocation.Object => "OBJECT",
        DirectiveLocation.FieldDefinition => "FIELD_DEFINITION",
        DirectiveLocation.ArgumentDefinition => "ARGUMENT_DEFINITION",
        DirectiveLocation.Interface => "INTERFACE",
        DirectiveLocation.Union => "UNION",
        DirectiveLocation.Enum => "ENUM",
        DirectiveLocation.EnumValue => "ENUM_VALUE",
        DirectiveLocation.InputObject => "INPUT_OBJECT",
        DirectiveLocation.InputFieldDefinition => "INPUT_FIELD_DEFINITION",
        _ => throw new ArgumentOutOfRangeException(nameof(location), location, "Unknown directive location."),
    };

    /// <summary>Parses a specification name such as <c>FIELD</c>.</summary>
    public static bool TryParse(string name, out DirectiveLocation location)
    {
        switch (name)
        {
            case "QUERY": location = DirectiveLocation.Query; return true;
            case "MUTATION": location = DirectiveLocation.Mutation; return true;
            case "SUBSCRIPTION": location = DirectiveLocation.Subscription; return true;
            case "FIELD": location = DirectiveLocation.Field; return true;
            case "FRAGMENT_DEFINITION": location = DirectiveLocation.FragmentDefinition; return true;
            case "FRAGMENT_SPREAD": location = DirectiveLocation.FragmentSpread; return true;
            case "INLINE_FRAGMENT": location = DirectiveLocation.InlineFragment; return true;
            case "VARIABLE_DEFINITION": location = DirectiveLocation.VariableDefinition; return true;
            case "SCHEMA": location = DirectiveLocation.Schema; return true;
            case "SCALAR": location = DirectiveLocation.Scalar; return true;
            case "OBJECT": location = DirectiveLocation.Object; return true;
            case "FIELD_DEFINITION": location = DirectiveLocation.FieldDefinition; return true;
            case "ARGUMENT_DEFINITION": location = DirectiveLocation.ArgumentDefinition; return true;
            case "INTERFACE": location = DirectiveLocation.Interface; return true;
            case "UNION": location = DirectiveLocation.Union; return true;
            case "ENUM": location = DirectiveLocation.Enum; return true;
            case "ENUM_VALUE": location = DirectiveLocation.EnumValue; return true;
            case "INPUT_OBJECT": location = DirectiveLocation.InputObject; return true;
            case "INPUT_FIELD_DEFINITION": location = DirectiveLocation.InputFieldDefinition; return true;
            default: location = default; return false;
        }
    }
}
