using Microsoft.AspNetCore.Http;

namespace GraphQL.AspNetCore;

/// <summary>Settings of a GraphQL endpoint mapped with <c>MapGraphQL</c>.</summary>
public sealed class GraphQLEndpointOptions
{
    /// <summary>Builds the user context (for example the authenticated principal) for each HTTP request or WebSocket connection; null leaves it null.</summary>
    public Func<HttpContext, ValueTask<object?>>? UserContextFactory { get; set; }

    /// <summary>
    /// Decides whether a WebSocket connection may proceed, given its <c>connection_init</c> payload; returning false closes it with 4403.
    /// Null accepts every connection.
    /// </summary>
    public Func<HttpContext, IReadOnlyDictionary<string, object?>?, ValueTask<bool>>? ConnectionInitHandler { get; set; }

    /// <summary>Whether queries may be sent with GET (mutations never may).</summary>
    public bool AllowGet { get; set; } = true;

    /// <summary>Whether subscriptions over WebSocket (graphql-transport-ws) are accepted at the same path.</summary>
    public bool AllowWebSockets { get; set; } = true;

    /// <summary>The largest request body accepted, in bytes; larger ones get 413.</summary>
    public int MaxRequestBodyBytes { get; set; } = 1 << 20;

    /// <summary>How long a WebSocket client has to send <c>connection_init</c> before the server closes with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The most operations one WebSocket connection may run at once; more get an <c>error</c> message.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 100;

    /// <summary>
    /// Groups subscribers that may share one source stream and one execution per event: subscribers with the same document,
    /// operation, variables and scope share. Null (the default) puts everyone in one scope; return the user id when resolvers read the user.
    /// </summary>
    public Func<object?, string>? SubscriptionScope { get; set; }

    internal void Validate()
    {
        if (MaxRequestBodyBytes <= 0)
            throw new ArgumentOutOfRangeException(nameof(MaxRequestBodyBytes), MaxRequestBodyBytes, "must be positive");
        if (ConnectionInitTimeout <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(ConnectionInitTimeout), ConnectionInitTimeout, "must be positive");
        if (MaxSubscriptionsPerConnection <= 0)
            throw new ArgumentOutOfRangeException(nameof(MaxSubscriptionsPerConnection), MaxSubscriptionsPerConnection, "must be positive");
    }
}
