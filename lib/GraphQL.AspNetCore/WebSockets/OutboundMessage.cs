namespace GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One text frame to send, in up to three parts, so that a shared event payload is framed per subscriber
/// (<c>{"id":..,"type":"next","payload":</c> + payload + <c>}</c>) without copying it. A close code ends the connection instead.
/// </summary>
internal readonly record struct OutboundMessage(ReadOnlyMemory<byte> Prefix, ReadOnlyMemory<byte> Payload, ReadOnlyMemory<byte> Suffix, int CloseCode = 0, string? CloseReason = null)
{
    public static OutboundMessage Whole(ReadOnlyMemory<byte> message) => new(default, message, default);

    public static OutboundMessage Close(int code, string reason) => new(default, default, default, code, reason);
}
