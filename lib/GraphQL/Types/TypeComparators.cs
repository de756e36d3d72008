namespace GraphQL.Types;

/// <summary>Type relations used by validation and schema checks: equality, subtyping and overlap.</summary>
public static class TypeComparators
{
    /// <summary>Whether two types are the same, wrappers included.</summary>
    public static bool IsEqualType(GraphQLType a, GraphQLType b) => a switch
    {
        _ when ReferenceEquals(a, b) => true,
        NonNullType nonNullA when b is NonNullType nonNullB => IsEqualType(nonNullA.OfType, nonNullB.OfType),
        ListType listA when b is ListType listB => IsEqualType(listA.OfType, listB.OfType),
        _ => false,
    };

    /// <summary>Whether a value of <paramref name="maybeSubType"/> is always a valid <paramref name="superType"/> (covariance).</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (IsEqualType(maybeSubType, superType))
            return true;
        if (superType is NonNullType superNonNull)
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        if (maybeSubType is NonNullType nonNull)
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        if (superType is ListType superList)
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        if (maybeSubType is ListType)
            return false;
        return superType.IsAbstractType && maybeSubType is ComplexType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>Whether some object type could be both <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType a, NamedType b)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(a, b))
            return true;
        if (a.IsAbstractType)
        {
            if (b.IsAbstractType)
                return schema.GetPossibleTypes(a).Any(t => schema.IsSubType(b, t));
            return schema.IsSubType(a, b);
        }

        return b.IsAbstractType && schema.IsSubType(b, a);
    }
}
