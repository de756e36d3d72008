namespace GraphQL.AspNetCore.WebSockets;

/// <summary>One operation of one connection: frames shared event payloads with its own id and queues them on its connection.</summary>
internal sealed class Subscriber(GraphQLWebSocketConnection connection, string id)
{
    private readonly byte[] _nextPrefix = ProtocolMessages.NextPrefix(id);

    public string Id { get; } = id;

    /// <summary>The stream this subscriber listens to, set once joined; used to leave it.</summary>
    public SharedSubscription? Stream { get; set; }

    /// <summary>Queues a <c>next</c> message carrying an already serialized execution result.</summary>
    public void Next(ReadOnlyMemory<byte> payload) =>
        connection.Enqueue(new OutboundMessage(_nextPrefix, payload, ProtocolMessages.NextSuffix));

    /// <summary>Queues <c>complete</c> unless the client already completed the operation.</summary>
    public void Complete()
    {
        if (connection.EndOperation(Id))
            connection.Enqueue(OutboundMessage.Whole(ProtocolMessages.Complete(Id)));
    }

    /// <summary>Queues <c>error</c> (the operation never started) unless the client already completed it.</summary>
    public void Error(IReadOnlyList<GraphQLError> errors)
    {
        if (connection.EndOperation(Id))
            connection.Enqueue(OutboundMessage.Whole(ProtocolMessages.Error(Id, errors)));
    }
}
