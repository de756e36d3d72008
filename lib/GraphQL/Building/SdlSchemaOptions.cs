using GraphQL.Types;

namespace GraphQL.Building;

/// <summary>Behaviour to attach to a schema built from SDL by <see cref="SdlSchema"/>.</summary>
public sealed record SdlSchemaOptions
{
    /// <summary>Resolvers by schema coordinate (<c>"Query.user"</c>); other fields read dictionary parent values.</summary>
    public IReadOnlyDictionary<string, FieldResolver> Resolvers { get; init; } = new Dictionary<string, FieldResolver>();

    /// <summary>Event sources of subscription fields by coordinate (<c>"Subscription.prices"</c>).</summary>
    public IReadOnlyDictionary<string, SubscriptionSource> Subscriptions { get; init; } = new Dictionary<string, SubscriptionSource>();

    /// <summary>Implementations of custom scalars by name; others pass JSON values through unchanged.</summary>
    public IReadOnlyDictionary<string, ScalarType> Scalars { get; init; } = new Dictionary<string, ScalarType>();
}
