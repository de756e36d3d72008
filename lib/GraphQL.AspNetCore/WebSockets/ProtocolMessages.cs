using System.Buffers;
using System.Text;
using System.Text.Json;
using GraphQL.Execution;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>Builds the server's graphql-transport-ws messages as UTF-8 JSON.</summary>
internal static class ProtocolMessages
{
    public static readonly byte[] ConnectionAck = "{\"type\":\"connection_ack\"}"u8.ToArray();
    public static readonly byte[] Pong = "{\"type\":\"pong\"}"u8.ToArray();
    public static readonly byte[] NextSuffix = "}"u8.ToArray();

    /// <summary>The part of a <c>next</c> message before its payload; made once per subscription.</summary>
    public static byte[] NextPrefix(string id) =>
        Encoding.UTF8.GetBytes("{\"id\":" + "\"" + JsonEncodedText.Encode(id, JsonDefaults.Encoder).Value + "\"" + ",\"type\":\"next\",\"payload\":");

    public static byte[] Complete(string id) => Build(id, "complete", null);

    public static byte[] Error(string id, IReadOnlyList<GraphQLError> errors) => Build(id, "error", w =>
    {
        w.WriteStartArray("payload");
        foreach (var error in errors)
            error.WriteTo(w);
        w.WriteEndArray();
    });

    private static byte[] Build(string id, string type, Action<Utf8JsonWriter>? body)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer, JsonDefaults.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("type", type);
            body?.Invoke(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
