using GraphQL.AspNetCore.Explorer;
using GraphQL.AspNetCore.Http;
using GraphQL.AspNetCore.WebSockets;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GraphQL.AspNetCore;

/// <summary>Maps GraphQL endpoints: HTTP and WebSocket at one path, and the GraphiQL explorer.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves <paramref name="schema"/> at <paramref name="pattern"/>: GraphQL over HTTP (GET and POST) and, when the app uses
    /// <c>UseWebSockets()</c>, subscriptions over graphql-transport-ws.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern, Schema schema, GraphQLEndpointOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return endpoints.MapGraphQL(pattern, new RequestExecutor(schema), options);
    }

    /// <summary>Serves an existing executor (its schema, limits and document cache) at <paramref name="pattern"/>.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern, RequestExecutor executor, GraphQLEndpointOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        ArgumentNullException.ThrowIfNull(executor);
        options ??= new GraphQLEndpointOptions();
        options.Validate();
        var http = new GraphQLHttpHandler(executor, options);
        var webSockets = new GraphQLWebSocketHandler(executor, options);
        return endpoints.Map(pattern, context =>
            options.AllowWebSockets && context.WebSockets.IsWebSocketRequest ? webSockets.HandleAsync(context) : http.HandleAsync(context));
    }

    /// <summary>Serves the GraphiQL explorer at <paramref name="pattern"/>, talking to the GraphQL endpoint at <paramref name="graphQLPath"/>.</summary>
    public static IEndpointConventionBuilder MapGraphQLExplorer(this IEndpointRouteBuilder endpoints, string pattern, string graphQLPath = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        ArgumentException.ThrowIfNullOrEmpty(graphQLPath);
        var explorer = new ExplorerAssets(graphQLPath);
        var prefix = pattern.TrimEnd('/');
        return endpoints.MapGet(prefix + "/{**asset}", (HttpContext context, string? asset) => explorer.ServeAsync(context, asset));
    }
}
