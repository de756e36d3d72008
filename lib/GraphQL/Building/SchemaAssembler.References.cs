using GraphQL.Introspection;
using GraphQL.Types;

namespace GraphQL.Building;

/// <summary>Type references: resolving <see cref="TypeRef"/>s, root types and the order of the schema's type list.</summary>
internal sealed partial class SchemaAssembler
{
    /// <summary>
    /// The schema's type list in graphql-js's order: defined types in definition order, each followed by
    /// the built-in scalars it first references, then those of directive arguments, then introspection types.
    /// Introspection results then list types exactly as graphql-js does for the same SDL.
    /// </summary>
    private List<NamedType> OrderTypes(IReadOnlyList<DirectiveDefinition> directives)
    {
        var ordered = new List<NamedType>();
        var seen = new HashSet<NamedType>(_order);

        void Collect(GraphQLType type)
        {
            var named = type.GetNamedType();
            if (!seen.Add(named))
                return;
            ordered.Add(named);
            CollectReferences(named);
        }

        void CollectReferences(NamedType type)
        {
            switch (type)
            {
                case UnionType union:
                    foreach (var member in union.Types)
                        Collect(member);
                    break;
                case ComplexType complex:
                    foreach (var iface in complex.Interfaces)
                        Collect(iface);
                    foreach (var field in complex.Fields)
                    {
                        Collect(field.Type);
                        foreach (var argument in field.Arguments)
                            Collect(argument.Type);
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                        Collect(field.Type);
                    break;
            }
        }

        foreach (var type in _order)
        {
            ordered.Add(type);
            CollectReferences(type);
        }

        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
                Collect(argument.Type);
        }

        Collect(IntrospectionTypes.Schema);
        return ordered;
    }

    private ObjectType? Root(string? name, bool required)
    {
        if (name is null)
        {
            if (required)
                _errors.Add("The schema has no query root type: define one with SchemaBuilder.Query(...).");
            return null;
        }

        return _types.GetValueOrDefault(name) as ObjectType;
    }

    private GraphQLType? Resolve(TypeRef reference, string usage, bool report = true)
    {
        switch (reference)
        {
            case NamedTypeRef named:
                if (_types.TryGetValue(named.Name, out var type))
                    return type;
                var builtIn = BuiltInScalars.All.FirstOrDefault(s => s.Name == named.Name);
                if (builtIn is not null)
                    return builtIn;

                if (report)
                {
                    var suggestions = Suggestions.List(named.Name, _types.Keys.Concat(BuiltInScalars.All.Select(s => s.Name)));
                    _errors.Add($"Unknown type \"{named.Name}\" referenced by {usage}." + Suggestions.DidYouMean(suggestions));
                }

                return null;
            case ListTypeRef list:
                var item = Resolve(list.OfType, usage, report);
                return item is null ? null : new ListType(item);
            case NonNullTypeRef nonNull:
                var inner = Resolve(nonNull.OfType, usage, report);
                return inner is null ? null : new NonNullType(inner);
            default:
                return null;
        }
    }
}
