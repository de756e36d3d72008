using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>The specification's CoerceVariableValues, with graphql-js compatible messages.</summary>
internal static class VariableCoercion
{
    /// <summary>Coerces the request's variables for an operation; returns null and sets <paramref name="errors"/> on failure.</summary>
    public static InputValues? Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        out List<GraphQLError>? errors)
    {
        errors = null;
        var definitions = operation.VariableDefinitions;
        if (definitions.Count == 0)
            return InputValues.Empty;
        errors = [];

        var result = new InputValues(definitions.Count);
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name.Value;
            var type = schema.GetType(definition.Type);
            var locations = new[] { definition.Location.ToErrorLocation() };
            if (type is null || !type.IsInputType)
            {
                errors.Add(new GraphQLError(
                    $"Variable \"${name}\" expected value of type \"{AstPrinter.Print(definition.Type)}\" which cannot be used as an input type.", locations));
                continue;
            }

            if (inputs is null || !inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                {
                    try
                    {
                        result.Set(name, InputCoercion.CoerceLiteral(definition.DefaultValue, type));
                    }
                    catch (GraphQLException ex)
                    {
                        errors.Add(new GraphQLError($"Variable \"${name}\" has invalid default value: {ex.Message}", locations));
                    }
                }
                else if (type.IsNonNull)
                {
                    errors.Add(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", locations));
                }

                continue;
            }

            if (value is null && type.IsNonNull)
            {
                errors.Add(new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", locations));
                continue;
            }

            var problems = new List<InputCoercionError>(0);
            var coerced = InputCoercion.CoerceExternal(value, type, [], problems);
            foreach (var problem in problems)
            {
                var at = problem.Path.Count > 0 ? $" at \"{name}{InputCoercion.FormatPath(problem.Path)}\"" : string.Empty;
                errors.Add(new GraphQLError($"Variable \"${name}\" got invalid value {Inspect.Value(problem.InvalidValue)}{at}; {problem.Message}", locations));
            }

            if (problems.Count == 0)
                result.Set(name, coerced);
        }

        if (errors.Count > 0)
            return null;
        errors = null;
        return result;
    }
}
