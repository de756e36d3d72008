using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Language.Ast;
using Microsoft.AspNetCore.Http;

namespace GraphQL.AspNetCore.Http;

/// <summary>
/// Serves GraphQL over HTTP (graphql-over-http): POST with a JSON body, GET for queries, the response type negotiated from
/// <c>Accept</c>. With <c>application/graphql-response+json</c> a request that cannot execute (syntax, validation, variables)
/// gets 400; with <c>application/json</c> it gets 200, as legacy clients expect.
/// </summary>
internal sealed class GraphQLHttpHandler(RequestExecutor executor, GraphQLEndpointOptions options)
{
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method) || isGet && !options.AllowGet)
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = options.AllowGet ? "GET, POST" : "POST";
            return;
        }

        var mediaType = MediaTypes.Negotiate(request.Headers.Accept);
        if (mediaType is null)
        {
            response.StatusCode = StatusCodes.Status406NotAcceptable;
            return;
        }

        RequestParseResult parsed;
        if (isGet)
        {
            parsed = HttpRequestReader.FromQueryString(request.Query);
        }
        else if (!MediaTypes.IsJsonContent(request.ContentType, out var badCharset))
        {
            parsed = RequestParseResult.Fail(StatusCodes.Status415UnsupportedMediaType,
                badCharset ? "Only UTF-8 request bodies are supported." : "POST requests must have the content type application/json.");
        }
        else
        {
            parsed = await HttpRequestReader.FromBodyAsync(request.BodyReader, options.MaxRequestBodyBytes, context.RequestAborted).ConfigureAwait(false);
        }

        if (parsed.Request is not { } parameters)
        {
            await WriteMessageAsync(response, mediaType, parsed.Status, parsed.Error!).ConfigureAwait(false);
            return;
        }

        var userContext = options.UserContextFactory is null ? null : await options.UserContextFactory(context).ConfigureAwait(false);
        var graphQLRequest = new GraphQLRequest
        {
            Query = parameters.Query,
            OperationName = parameters.OperationName,
            Variables = parameters.Variables,
            Services = context.RequestServices,
            UserContext = userContext,
        };
        if (!executor.TryPrepare(graphQLRequest, out var operation, out var errors))
        {
            // Nothing executed: a request error. Only the GraphQL response type may say so with a status code.
            await WriteResultAsync(response, mediaType, mediaType == MediaTypes.GraphQLResponse ? 400 : 200, errors!).ConfigureAwait(false);
            return;
        }

        switch (operation!.OperationType)
        {
            case OperationType.Mutation when isGet:
                response.Headers.Allow = "POST";
                await WriteMessageAsync(response, mediaType, StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.").ConfigureAwait(false);
                return;
            case OperationType.Subscription:
                await WriteMessageAsync(response, mediaType, mediaType == MediaTypes.GraphQLResponse ? 400 : 200,
                    "Subscriptions are served over WebSocket (graphql-transport-ws).").ConfigureAwait(false);
                return;
        }

        var result = await operation.ExecuteAsync(context.RequestAborted).ConfigureAwait(false);
        await WriteResultAsync(response, mediaType, 200, result).ConfigureAwait(false);
    }

    private static async Task WriteResultAsync(HttpResponse response, string mediaType, int status, ExecutionResult result)
    {
        response.StatusCode = status;
        response.ContentType = mediaType + "; charset=utf-8";
        result.WriteTo(response.BodyWriter);
        await response.BodyWriter.FlushAsync().ConfigureAwait(false);
    }

    private static async Task WriteMessageAsync(HttpResponse response, string mediaType, int status, string message)
    {
        response.StatusCode = status;
        response.ContentType = mediaType + "; charset=utf-8";
        using (var writer = new Utf8JsonWriter(response.BodyWriter, JsonDefaults.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await response.BodyWriter.FlushAsync().ConfigureAwait(false);
    }
}
