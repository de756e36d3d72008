using GraphQL.Introspection;
using GraphQL.Types;

namespace GraphQL.Building;

/// <summary>Turns a <see cref="SchemaBuilder"/>'s definitions into a <see cref="Schema"/>, collecting every problem.</summary>
internal sealed partial class SchemaAssembler(SchemaBuilder builder)
{
    private readonly List<string> _errors = [];
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<NamedType> _order = [];
    private readonly Dictionary<NamedType, object> _builders = [];
    private readonly Dictionary<InputObjectType, bool> _finalized = [];

    public Schema Assemble()
    {
        CreateTypes();
        foreach (var type in _order)
        {
            switch (_builders[type])
            {
                case ObjectTypeBuilder obj:
                    AssembleInterfaces((ComplexType)type, obj.InterfaceRefs);
                    break;
                case InterfaceTypeBuilder iface:
                    AssembleInterfaces((ComplexType)type, iface.InterfaceRefs);
                    break;
                case UnionTypeBuilder union:
                    AssembleUnion((UnionType)type, union);
                    break;
                case EnumTypeBuilder enumBuilder:
                    AssembleEnum((EnumType)type, enumBuilder);
                    break;
                case InputObjectTypeBuilder input:
                    ((InputObjectType)type).SetFields(InputValues(input.Fields, $"{input.Name}.", withDefaults: false));
                    break;
            }
        }

        foreach (var type in _order)
        {
            if (type is InputObjectType input)
                FinalizeInput(input, (InputObjectTypeBuilder)_builders[type]);
        }

        foreach (var type in _order)
        {
            if (type is ComplexType complex)
                AssembleFields(complex, _builders[type]);
        }

        var directives = AssembleDirectives();
        var query = Root(builder.QueryName, required: true);
        var mutation = Root(builder.MutationName, required: false);
        var subscription = Root(builder.SubscriptionName, required: false);
        if (_errors.Count > 0 || query is null)
            throw new SchemaValidationException(_errors);

        var schema = new Schema(builder.DescriptionText, query, mutation, subscription, OrderTypes(directives), directives);
        SchemaValidator.Validate(schema, _errors);
        if (_errors.Count > 0)
            throw new SchemaValidationException(_errors);
        return schema;
    }

    private void CreateTypes()
    {
        foreach (var definition in builder.Definitions)
        {
            NamedType type = definition switch
            {
                ObjectTypeBuilder obj => new ObjectType(obj.Name, obj.DescriptionText, obj.IsTypeOfCheck),
                InterfaceTypeBuilder iface => new InterfaceType(iface.Name, iface.DescriptionText, iface.TypeResolver),
                UnionTypeBuilder union => new UnionType(union.Name, union.DescriptionText, union.TypeResolver),
                EnumTypeBuilder enumType => new EnumType(enumType.Name, enumType.DescriptionText),
                InputObjectTypeBuilder input => new InputObjectType(input.Name, input.DescriptionText, input.IsOneOf, input.FactoryFunction),
                ScalarType scalar => scalar,
                _ => throw new InvalidOperationException("Unknown definition kind."),
            };

            if (BuiltInScalars.All.Any(s => s.Name == type.Name) || IntrospectionTypes.All.Any(t => t.Name == type.Name))
            {
                _errors.Add($"Type \"{type.Name}\" is built in and cannot be redefined.");
                continue;
            }

            if (!_types.TryAdd(type.Name, type))
            {
                _errors.Add($"Type \"{type.Name}\" is defined more than once.");
                continue;
            }

            _order.Add(type);
            _builders[type] = definition;
        }
    }

    private void AssembleInterfaces(ComplexType type, IReadOnlyList<TypeRef> interfaceRefs)
    {
        var interfaces = new List<InterfaceType>();
        var pending = new Queue<(TypeRef Ref, string From)>(interfaceRefs.Select(r => (r, type.Name)));
        while (pending.Count > 0)
        {
            var (reference, from) = pending.Dequeue();
            var resolved = Resolve(reference, $"interface of \"{from}\"");
            if (resolved is null)
                continue;
            if (resolved is not InterfaceType iface)
            {
                _errors.Add($"Type \"{type.Name}\" can only implement interfaces, but \"{resolved}\" is not one.");
                continue;
            }

            if (ReferenceEquals(iface, type))
            {
                _errors.Add($"Type \"{type.Name}\" cannot implement itself because it would create a circular reference.");
                continue;
            }

            if (interfaces.Contains(iface))
                continue;
            interfaces.Add(iface);
            if (_builders.TryGetValue(iface, out var ifaceBuilder))
            {
                foreach (var parent in ((InterfaceTypeBuilder)ifaceBuilder).InterfaceRefs)
                    pending.Enqueue((parent, iface.Name));
            }
        }

        type.SetInterfaces(interfaces);
    }

    private void AssembleFields(ComplexType type, object definition)
    {
        var declared = definition switch
        {
            ObjectTypeBuilder obj => obj.Fields,
            InterfaceTypeBuilder iface => iface.Fields,
            _ => [],
        };

        var declaredNames = new HashSet<string>(StringComparer.Ordinal);
        var ownFields = new List<FieldBuilder>();
        foreach (var field in declared)
        {
            if (declaredNames.Add(field.Name))
                ownFields.Add(field);
            else
                _errors.Add($"Field \"{type.Name}.{field.Name}\" is defined more than once.");
        }

        // Code-first convenience: fields an implemented interface declares are inherited (listed first) when not redeclared.
        var fields = new List<FieldBuilder>();
        var names = new HashSet<string>(declaredNames, StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (!_builders.TryGetValue(iface, out var ifaceBuilder))
                continue;
            foreach (var field in ((InterfaceTypeBuilder)ifaceBuilder).Fields)
            {
                if (names.Add(field.Name))
                    fields.Add(field);
            }
        }

        fields.AddRange(ownFields);

        var definitions = new List<FieldDefinition>(fields.Count);
        foreach (var field in fields)
        {
            var coordinate = $"{type.Name}.{field.Name}";
            var fieldType = Resolve(field.Type, $"field \"{coordinate}\"");
            if (fieldType is null)
                continue;
            if (!fieldType.IsOutputType)
            {
                _errors.Add($"The type of \"{coordinate}\" must be an output type but got \"{fieldType}\".");
                continue;
            }

            var arguments = InputValues(field.Arguments, coordinate + "(", withDefaults: true, ":)");
            definitions.Add(new FieldDefinition(
                field.Name,
                field.DescriptionText,
                fieldType,
                arguments,
                field.DeprecationReason,
                field.Resolver ?? DefaultResolver.For(field.Name),
                field.Source,
                field.CostValue,
                field.ListSizeValue,
                hasCustomResolver: field.Resolver is not null));
        }

        type.SetFields(definitions);
    }

    private void AssembleUnion(UnionType union, UnionTypeBuilder definition)
    {
        var members = new List<ObjectType>();
        foreach (var reference in definition.Members)
        {
            var resolved = Resolve(reference, $"member of union \"{union.Name}\"");
            if (resolved is null)
                continue;
            if (resolved is not ObjectType member)
                _errors.Add($"Union type \"{union.Name}\" can only include Object types, it cannot include \"{resolved}\".");
            else if (members.Contains(member))
                _errors.Add($"Union type \"{union.Name}\" can only include type \"{member.Name}\" once.");
            else
                members.Add(member);
        }

        union.SetTypes(members);
    }

    private void AssembleEnum(EnumType enumType, EnumTypeBuilder definition)
    {
        var values = new List<EnumValueDefinition>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value, description, deprecationReason) in definition.Values)
        {
            if (!names.Add(name))
                _errors.Add($"Enum value \"{enumType.Name}.{name}\" is defined more than once.");
            else
                values.Add(new EnumValueDefinition(name, description, value, deprecationReason));
        }

        enumType.SetValues(values);
    }

    private List<DirectiveDefinition> AssembleDirectives()
    {
        // Custom directives first, then the specified ones, as graphql-js's buildSchema orders them.
        var directives = new List<DirectiveDefinition>();
        foreach (var directive in builder.DirectiveBuilders)
        {
            if (directives.Any(d => d.Name == directive.Name) || BuiltInDirectives.All.Any(d => d.Name == directive.Name))
            {
                _errors.Add($"Directive \"@{directive.Name}\" is defined more than once.");
                continue;
            }

            if (directive.LocationList.Count == 0)
                _errors.Add($"Directive \"@{directive.Name}\" must have at least one location.");
            var arguments = InputValues(directive.Arguments, $"@{directive.Name}(", withDefaults: true, ":)");
            directives.Add(new DirectiveDefinition(directive.Name, directive.DescriptionText, arguments, directive.LocationList.Distinct().ToList(), directive.IsRepeatable));
        }

        directives.AddRange(BuiltInDirectives.All);
        return directives;
    }
}
