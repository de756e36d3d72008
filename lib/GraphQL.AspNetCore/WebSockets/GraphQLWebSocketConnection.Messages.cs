using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Language.Ast;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>The client messages of graphql-transport-ws: connection_init, ping, pong, subscribe and complete.</summary>
internal sealed partial class GraphQLWebSocketConnection
{
    /// <summary>Handles one message; false when the connection is being closed.</summary>
    private async ValueTask<bool> HandleMessageAsync(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            Abort(CloseCodes.BadRequest, "Invalid message received");
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                Abort(CloseCodes.BadRequest, "Invalid message received");
                return false;
            }

            switch (type.GetString())
            {
                case "connection_init":
                    return await InitAsync(root).ConfigureAwait(false);
                case "ping":
                    Enqueue(OutboundMessage.Whole(ProtocolMessages.Pong));
                    return true;
                case "pong":
                    return true;
                case "subscribe":
                    return Subscribe(root);
                case "complete":
                    return Complete(root);
                default:
                    Abort(CloseCodes.BadRequest, "Invalid message received");
                    return false;
            }
        }
    }

    private async ValueTask<bool> InitAsync(JsonElement root)
    {
        if (Interlocked.CompareExchange(ref _initState, 1, 0) != 0)
        {
            Abort(CloseCodes.TooManyInitRequests, "Too many initialisation requests");
            return false;
        }

        IReadOnlyDictionary<string, object?>? payload = null;
        if (root.TryGetProperty("payload", out var element))
        {
            if (element.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            {
                Abort(CloseCodes.BadRequest, "Invalid message received");
                return false;
            }

            payload = JsonInput.ToObject(element);
        }

        if (options.ConnectionInitHandler is not null && !await options.ConnectionInitHandler(context, payload).ConfigureAwait(false))
        {
            Abort(CloseCodes.Forbidden, "Forbidden");
            return false;
        }

        _userContext = options.UserContextFactory is null ? null : await options.UserContextFactory(context).ConfigureAwait(false);
        Volatile.Write(ref _initState, 2);
        Enqueue(OutboundMessage.Whole(ProtocolMessages.ConnectionAck));
        return true;
    }

    private bool Complete(JsonElement root)
    {
        if (!root.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String)
        {
            Abort(CloseCodes.BadRequest, "Invalid message received");
            return false;
        }

        Subscriber? subscriber;
        lock (_lock)
        {
            if (!_operations.Remove(idElement.GetString()!, out subscriber))
                return true;
        }

        if (subscriber is not null)
            hub.Leave(subscriber);
        return true;
    }

    private bool Subscribe(JsonElement root)
    {
        if (Volatile.Read(ref _initState) != 2)
        {
            Abort(CloseCodes.Unauthorized, "Unauthorized");
            return false;
        }

        if (!root.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(idElement.GetString())
            || !root.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object
            || !payload.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String
            || !TryReadOptional(payload, "operationName", JsonValueKind.String, out var operationName)
            || !TryReadOptional(payload, "variables", JsonValueKind.Object, out var variables)
            || !TryReadOptional(payload, "extensions", JsonValueKind.Object, out _))
        {
            Abort(CloseCodes.BadRequest, "Invalid message received");
            return false;
        }

        var id = idElement.GetString()!;
        var subscriber = new Subscriber(this, id);
        lock (_lock)
        {
            if (_operations.ContainsKey(id))
            {
                Abort(CloseCodes.DuplicateSubscriber, $"Subscriber for {id} already exists");
                return false;
            }

            if (_operations.Count >= options.MaxSubscriptionsPerConnection)
            {
                Enqueue(OutboundMessage.Whole(ProtocolMessages.Error(id, [new GraphQLError($"At most {options.MaxSubscriptionsPerConnection} operations may run at once on one connection.")])));
                return true;
            }

            _operations[id] = null;
        }

        var request = new GraphQLRequest
        {
            Query = query.GetString()!,
            OperationName = operationName.ValueKind == JsonValueKind.String ? operationName.GetString() : null,
            Variables = variables.ValueKind == JsonValueKind.Object ? JsonInput.ToObject(variables) : null,
            Services = context.RequestServices,
            UserContext = _userContext,
        };
        if (!executor.TryPrepare(request, out var operation, out var errors))
        {
            subscriber.Error(errors!.Errors);
            return true;
        }

        if (operation!.OperationType == OperationType.Subscription)
        {
            var key = string.Concat(request.Query, "\n#", request.OperationName, "\n#", variables.ValueKind == JsonValueKind.Object ? variables.GetRawText() : "",
                "\n#", options.SubscriptionScope?.Invoke(_userContext));
            lock (_lock)
            {
                // The client may have completed it meanwhile; then it never joins.
                if (!_operations.ContainsKey(id))
                    return true;
                _operations[id] = subscriber;
                // Joined under the connection's lock so a concurrent complete finds the subscriber on its stream.
                hub.Join(key, operation, subscriber);
            }

            return true;
        }

        _ = ExecuteSingleAsync(operation, subscriber, _closing.Token);
        return true;
    }

    private static async Task ExecuteSingleAsync(PreparedOperation operation, Subscriber subscriber, CancellationToken token)
    {
        try
        {
            var result = await operation.ExecuteAsync(token).ConfigureAwait(false);
            subscriber.Next(result.ToUtf8Bytes());
            subscriber.Complete();
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The connection closed while the operation ran.
        }
    }

    private static bool TryReadOptional(JsonElement payload, string name, JsonValueKind kind, out JsonElement value)
    {
        if (!payload.TryGetProperty(name, out value) || value.ValueKind == JsonValueKind.Null)
        {
            value = default;
            return true;
        }

        return value.ValueKind == kind;
    }
}
