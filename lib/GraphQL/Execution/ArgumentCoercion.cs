using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>The specification's CoerceArgumentValues: argument literals and variables to internal values, with defaults.</summary>
internal static class ArgumentCoercion
{
    /// <summary>Whether any argument value mentions a variable, which rules out coercing once and caching.</summary>
    public static bool ReferencesVariables(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            if (ReferencesVariables(argument.Value))
                return true;
        }

        return false;
    }

    /// <summary>Coerces the arguments of a field or directive.</summary>
    /// <exception cref="GraphQLException">A required argument is missing or a value is invalid.</exception>
    public static InputValues Coerce(IReadOnlyList<InputValueDefinition> definitions, IReadOnlyList<ArgumentNode> nodes, InputValues variables)
    {
        if (definitions.Count == 0)
            return InputValues.Empty;
        var result = new InputValues(definitions.Count);
        foreach (var definition in definitions)
        {
            ArgumentNode? node = null;
            for (var i = 0; i < nodes.Count; i++)
            {
                if (nodes[i].Name.Value == definition.Name)
                {
                    node = nodes[i];
                    break;
                }
            }

            var hasValue = node is not null;
            object? value = null;
            if (node?.Value is VariableNode variable)
                hasValue = variables.TryGetValue(variable.Name.Value, out value);

            if (!hasValue)
            {
                if (definition.HasDefaultValue)
                {
                    result.Set(definition.Name, definition.DefaultValue);
                }
                else if (definition.Type.IsNonNull)
                {
                    throw new GraphQLException(node?.Value is VariableNode missing
                        ? $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was provided the variable \"${missing.Name.Value}\" which was not provided a runtime value."
                        : $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was not provided.");
                }

                continue;
            }

            if (node!.Value is VariableNode)
            {
                if (value is null && definition.Type.IsNonNull)
                    throw new GraphQLException($"Argument \"{definition.Name}\" of non-null type \"{definition.Type}\" must not be null.");
                result.Set(definition.Name, value);
                continue;
            }

            try
            {
                result.Set(definition.Name, InputCoercion.CoerceLiteral(node.Value, definition.Type, variables));
            }
            catch (GraphQLException ex)
            {
                throw new GraphQLException($"Argument \"{definition.Name}\" has invalid value {AstPrinter.Print(node.Value)}.", ex);
            }
        }

        return result;
    }

    private static bool ReferencesVariables(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ReferencesVariables),
        ObjectValueNode obj => obj.Fields.Any(f => ReferencesVariables(f.Value)),
        _ => false,
    };
}
