using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Building;

/// <summary>Arguments and input fields: types, default values (checked by converting to a literal and coercing it back) and duplicates.</summary>
internal sealed partial class SchemaAssembler
{
    private void FinalizeInput(InputObjectType input, InputObjectTypeBuilder definition)
    {
        if (_finalized.ContainsKey(input))
            return;
        _finalized[input] = false;
        foreach (var field in input.Fields)
        {
            if (field.Type.GetNamedType() is InputObjectType nested && _builders.TryGetValue(nested, out var nestedBuilder))
                FinalizeInput(nested, (InputObjectTypeBuilder)nestedBuilder);
        }

        input.SetFields(InputValues(definition.Fields, $"{input.Name}.", withDefaults: true));
        _finalized[input] = true;
    }

    private List<InputValueDefinition> InputValues(IReadOnlyList<InputValueBuilder> builders, string prefix, bool withDefaults, string suffix = "")
    {
        var result = new List<InputValueDefinition>(builders.Count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in builders)
        {
            var coordinate = prefix + value.Name + suffix;
            if (!names.Add(value.Name))
            {
                if (withDefaults)
                    _errors.Add($"\"{coordinate}\" is defined more than once.");
                continue;
            }

            var type = Resolve(value.Type, $"\"{coordinate}\"", report: withDefaults);
            if (type is null)
                continue;
            if (!type.IsInputType)
            {
                if (withDefaults)
                    _errors.Add($"The type of \"{coordinate}\" must be an input type but got \"{type}\".");
                continue;
            }

            object? defaultValue = null;
            Language.Ast.ValueNode? literal = null;
            if (withDefaults && value.HasDefault)
            {
                try
                {
                    literal = LiteralConversion.ToLiteral(value.DefaultValue, type);
                    defaultValue = InputCoercion.CoerceLiteral(literal, type);
                }
                catch (GraphQLException ex)
                {
                    _errors.Add($"\"{coordinate}\" has an invalid default value: {ex.Message}");
                }
            }

            result.Add(new InputValueDefinition(value.Name, value.DescriptionText, type, withDefaults && value.HasDefault, defaultValue, literal, value.DeprecationReason));
        }

        return result;
    }
}
