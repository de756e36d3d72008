using GraphQL.Introspection;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// A validated, immutable GraphQL schema: root operation types, all named types and directives.
/// Built with <see cref="Building.SchemaBuilder"/>; safe to share between threads.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<NamedType, ObjectType[]> _possibleTypes = [];
    private readonly Dictionary<NamedType, HashSet<NamedType>> _subTypes = [];

    internal Schema(
        string? description,
        ObjectType query,
        ObjectType? mutation,
        ObjectType? subscription,
        IReadOnlyList<NamedType> types,
        IReadOnlyList<DirectiveDefinition> directives)
    {
        Description = description;
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        _types = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var type in types)
            _types.TryAdd(type.Name, type);
        _directives = new Dictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        foreach (var directive in directives)
            _directives.TryAdd(directive.Name, directive);
        TypeList = [.. _types.Values];
        Directives = [.. _directives.Values];
        IndexAbstractTypes();
    }

    /// <summary>The schema's description, or null.</summary>
    public string? Description { get; }

    /// <summary>The query root type.</summary>
    public ObjectType QueryType { get; }

    /// <summary>The mutation root type, or null when mutations are not supported.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The subscription root type, or null when subscriptions are not supported.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>All named types, including built-in scalars in use and the introspection types.</summary>
    public IReadOnlyList<NamedType> TypeList { get; }

    /// <summary>All directives, built-in ones included.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>The named type with the given name, or null.</summary>
    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    /// <summary>The directive with the given name (without <c>@</c>), or null.</summary>
    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    /// <summary>The root type of an operation kind, or null when the schema does not support it.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types a value of an abstract type may have; for an object type, itself.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType type) => type switch
    {
        ObjectType obj => [obj],
        _ => _possibleTypes.TryGetValue(type, out var possible) ? possible : [],
    };

    /// <summary>Whether <paramref name="objectType"/> is a possible type of <paramref name="abstractType"/>.</summary>
    public bool IsPossibleType(NamedType abstractType, ObjectType objectType) =>
        _subTypes.TryGetValue(abstractType, out var subTypes) && subTypes.Contains(objectType);

    /// <summary>
    /// Whether <paramref name="maybeSubType"/> is a member of the union, or implements the interface,
    /// <paramref name="abstractType"/>.
    /// </summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType, out var subTypes) && subTypes.Contains(maybeSubType);

    /// <summary>
    /// The field definition for a field name on a type, including the meta-fields <c>__typename</c>
    /// (on any composite type) and <c>__schema</c> / <c>__type</c> (on the query root).
    /// </summary>
    public FieldDefinition? GetFieldDefinition(NamedType parentType, string fieldName)
    {
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            if (fieldName == "__typename" && parentType.IsCompositeType)
                return IntrospectionTypes.TypeNameField;
            if (ReferenceEquals(parentType, QueryType))
            {
                if (fieldName == "__schema")
                    return IntrospectionTypes.SchemaField;
                if (fieldName == "__type")
                    return IntrospectionTypes.TypeField;
            }
        }

        return parentType is ComplexType complex ? complex.GetField(fieldName) : null;
    }

    /// <summary>The type a type reference denotes (e.g. <c>[Int!]</c>), or null when its named type is unknown.</summary>
    public GraphQLType? GetType(TypeNode typeReference)
    {
        ArgumentNullException.ThrowIfNull(typeReference);
        switch (typeReference)
        {
            case NamedTypeNode named:
                return GetType(named.Name.Value);
            case ListTypeNode list:
                var item = GetType(list.Type);
                return item is null ? null : new ListType(item);
            case NonNullTypeNode nonNull:
                var inner = GetType(nonNull.Type);
                return inner is null || inner is NonNullType ? null : new NonNullType(inner);
            default:
                return null;
        }
    }

    /// <summary>The schema in SDL, without built-in definitions.</summary>
    public string ToSdl() => SchemaPrinter.Print(this);

    private void IndexAbstractTypes()
    {
        foreach (var type in TypeList)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = [.. union.Types];
                    SubTypes(union).UnionWith(union.Types);
                    break;
                case ComplexType complex:
                    foreach (var iface in complex.Interfaces)
                        SubTypes(iface).Add(complex);
                    break;
            }
        }

        foreach (var type in TypeList)
        {
            if (type is InterfaceType iface)
            {
                var objects = new List<ObjectType>();
                foreach (var candidate in TypeList)
                {
                    if (candidate is ObjectType obj && obj.Implements(iface))
                        objects.Add(obj);
                }

                _possibleTypes[iface] = [.. objects];
            }
        }
    }

    private HashSet<NamedType> SubTypes(NamedType abstractType)
    {
        if (!_subTypes.TryGetValue(abstractType, out var set))
            _subTypes[abstractType] = set = [];
        return set;
    }
}
