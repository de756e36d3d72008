using GraphQL.Types;

namespace GraphQL.Building;

/// <summary>The specification's type system validation, run on every schema a <see cref="SchemaBuilder"/> builds.</summary>
internal static class SchemaValidator
{
    public static void Validate(Schema schema, List<string> errors)
    {
        ValidateRoots(schema, errors);
        foreach (var directive in schema.Directives)
        {
            if (!BuiltInDirectives.IsBuiltIn(directive))
            {
                ValidateName(directive.Name, $"Directive \"@{directive.Name}\"", errors);
                ValidateArguments(directive.Arguments, $"@{directive.Name}", errors);
            }
        }

        foreach (var type in schema.TypeList)
        {
            if (Introspection.IntrospectionTypes.All.Contains(type) || BuiltInScalars.All.Contains(type))
                continue;
            ValidateName(type.Name, $"Type \"{type.Name}\"", errors);
            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex, errors);
                    foreach (var iface in complex.Interfaces)
                        ValidateImplementation(schema, complex, iface, errors);
                    if (complex is InterfaceType abstractType)
                        ValidateResolvable(schema, abstractType, abstractType.ResolveType, errors);
                    break;
                case UnionType union:
                    if (union.Types.Count == 0)
                        errors.Add($"Union type \"{union.Name}\" must define one or more member types.");
                    ValidateResolvable(schema, union, union.ResolveType, errors);
                    break;
                case EnumType enumType:
                    if (enumType.Values.Count == 0)
                        errors.Add($"Enum type \"{enumType.Name}\" must define one or more values.");
                    foreach (var value in enumType.Values)
                    {
                        ValidateName(value.Name, $"Enum value \"{enumType.Name}.{value.Name}\"", errors);
                        if (value.Name is "true" or "false" or "null")
                            errors.Add($"Enum type \"{enumType.Name}\" cannot include value: {value.Name}.");
                    }

                    break;
                case InputObjectType input:
                    ValidateInputObject(input, errors);
                    break;
            }
        }
    }

    private static void ValidateRoots(Schema schema, List<string> errors)
    {
        var roots = new[] { schema.QueryType, schema.MutationType, schema.SubscriptionType }.Where(r => r is not null).ToList();
        if (roots.Distinct().Count() != roots.Count)
            errors.Add("The query, mutation and subscription root types must all be different types.");
        foreach (var type in schema.TypeList)
        {
            if (type is not ObjectType obj)
                continue;
            foreach (var field in obj.Fields)
            {
                var isSubscriptionRoot = ReferenceEquals(obj, schema.SubscriptionType);
                if (isSubscriptionRoot && field.Subscribe is null)
                    errors.Add($"Subscription field \"{field.Coordinate}\" needs an event source: call Subscribe(...) on it.");
                if (!isSubscriptionRoot && field.Subscribe is not null)
                    errors.Add($"Field \"{field.Coordinate}\" has an event source but is not a field of the subscription root type.");
            }
        }
    }

    private static void ValidateName(string name, string what, List<string> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
            errors.Add($"{what}: name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        else if (!IsValidName(name))
            errors.Add($"{what}: names must only contain [_a-zA-Z0-9] and not start with a digit, but \"{name}\" does not.");
    }

    private static bool IsValidName(string name)
    {
        if (name.Length == 0 || !Language.Lexer.IsNameStart(name[0]))
            return false;
        foreach (var c in name)
        {
            if (!Language.Lexer.IsNameContinue(c))
                return false;
        }

        return true;
    }

    private static void ValidateFields(ComplexType type, List<string> errors)
    {
        if (type.Fields.Count == 0)
            errors.Add($"Type \"{type.Name}\" must define one or more fields.");
        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, $"Field \"{field.Coordinate}\"", errors);
            ValidateArguments(field.Arguments, field.Coordinate, errors);
        }
    }

    private static void ValidateArguments(IReadOnlyList<InputValueDefinition> arguments, string owner, List<string> errors)
    {
        foreach (var argument in arguments)
        {
            ValidateName(argument.Name, $"Argument \"{owner}({argument.Name}:)\"", errors);
            if (argument.IsRequired && argument.IsDeprecated)
                errors.Add($"Required argument \"{owner}({argument.Name}:)\" cannot be deprecated.");
        }
    }

    private static void ValidateImplementation(Schema schema, ComplexType type, InterfaceType iface, List<string> errors)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Implements(transitive))
                errors.Add($"Type \"{type.Name}\" must implement \"{transitive.Name}\" because it is implemented by \"{iface.Name}\".");
        }

        foreach (var interfaceField in iface.Fields)
        {
            var field = type.GetField(interfaceField.Name);
            if (field is null)
            {
                errors.Add($"Interface field \"{iface.Name}.{interfaceField.Name}\" expected but \"{type.Name}\" does not provide it.");
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(schema, field.Type, interfaceField.Type))
            {
                errors.Add($"Interface field \"{iface.Name}.{interfaceField.Name}\" expects type \"{interfaceField.Type}\" but \"{field.Coordinate}\" is type \"{field.Type}\".");
            }

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var argument = field.GetArgument(interfaceArgument.Name);
                if (argument is null)
                {
                    errors.Add($"Interface field argument \"{iface.Name}.{interfaceField.Name}({interfaceArgument.Name}:)\" expected but \"{field.Coordinate}\" does not provide it.");
                }
                else if (!TypeComparators.IsEqualType(argument.Type, interfaceArgument.Type))
                {
                    errors.Add($"Interface field argument \"{iface.Name}.{interfaceField.Name}({interfaceArgument.Name}:)\" expects type \"{interfaceArgument.Type}\" but \"{field.Coordinate}({argument.Name}:)\" is type \"{argument.Type}\".");
                }
            }

            foreach (var argument in field.Arguments)
            {
                if (argument.IsRequired && interfaceField.GetArgument(argument.Name) is null)
                    errors.Add($"Field \"{field.Coordinate}\" includes required argument \"{argument.Name}\" that is missing from the Interface field \"{iface.Name}.{interfaceField.Name}\".");
            }
        }
    }

    private static void ValidateResolvable(Schema schema, NamedType abstractType, Func<object, string?>? resolveType, List<string> errors)
    {
        if (resolveType is not null)
            return;
        var missing = schema.GetPossibleTypes(abstractType).Where(t => t.IsTypeOf is null).Select(t => $"\"{t.Name}\"").ToList();
        if (missing.Count > 0)
        {
            errors.Add($"Abstract type \"{abstractType.Name}\" cannot tell its runtime types apart: give it ResolveType(...), "
                + $"or give every possible type IsTypeOf (missing on {string.Join(", ", missing)}; Object<T> types have one).");
        }
    }

    private static void ValidateInputObject(InputObjectType input, List<string> errors)
    {
        if (input.Fields.Count == 0)
            errors.Add($"Input Object type \"{input.Name}\" must define one or more fields.");
        foreach (var field in input.Fields)
        {
            ValidateName(field.Name, $"Input field \"{input.Name}.{field.Name}\"", errors);
            if (field.IsRequired && field.IsDeprecated)
                errors.Add($"Required input field \"{input.Name}.{field.Name}\" cannot be deprecated.");
            if (input.IsOneOf && field.Type.IsNonNull)
                errors.Add($"OneOf input field \"{input.Name}.{field.Name}\" must be nullable.");
            if (input.IsOneOf && field.HasDefaultValue)
                errors.Add($"OneOf input field \"{input.Name}.{field.Name}\" cannot have a default value.");
        }

        var cycle = FindNonNullCycle(input, input, [], []);
        if (cycle is not null)
            errors.Add($"Cannot reference Input Object \"{input.Name}\" within itself through a series of non-null fields: \"{string.Join(".", cycle)}\".");
    }

    // Only cycles through the type itself are reported here, so each cycle is named once per type on it.
    private static List<string>? FindNonNullCycle(InputObjectType start, InputObjectType current, List<string> path, HashSet<InputObjectType> visited)
    {
        if (!visited.Add(current))
            return null;
        foreach (var field in current.Fields)
        {
            if (field.Type is not NonNullType { OfType: InputObjectType next })
                continue;
            path.Add(field.Name);
            if (ReferenceEquals(next, start))
                return [.. path];
            var found = FindNonNullCycle(start, next, path, visited);
            if (found is not null)
                return found;
            path.RemoveAt(path.Count - 1);
        }

        return null;
    }
}
