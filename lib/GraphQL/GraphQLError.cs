using System.Text.Json;

namespace GraphQL;

/// <summary>
/// An error as it appears in a GraphQL response: a message, the document locations it refers to,
/// the response path of the field that failed (execution errors only) and optional extensions.
/// </summary>
public class GraphQLError
{
    private static readonly IReadOnlyList<ErrorLocation> NoLocations = [];

    /// <summary>Creates an error.</summary>
    public GraphQLError(
        string message,
        IReadOnlyList<ErrorLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? originalException = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
        Locations = locations ?? NoLocations;
        Path = path;
        Extensions = extensions;
        OriginalException = originalException;
    }

    /// <summary>The human-readable description of the error.</summary>
    public string Message { get; }

    /// <summary>Where in the document the error applies; empty when it applies to no particular place.</summary>
    public IReadOnlyList<ErrorLocation> Locations { get; }

    /// <summary>The response path (field names and list indices) of the failing field, or null.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Additional machine-readable data, written under <c>extensions</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception that caused the error, kept for logging; never serialized.</summary>
    public Exception? OriginalException { get; }

    /// <summary>Writes the error as a JSON object in the shape the GraphQL specification prescribes.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("message", Message);
        if (Locations.Count > 0)
        {
            writer.WriteStartArray("locations");
            foreach (var location in Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (Path is not null)
        {
            writer.WriteStartArray("path");
            foreach (var segment in Path)
            {
                if (segment is int index)
                    writer.WriteNumberValue(index);
                else
                    writer.WriteStringValue(segment.ToString());
            }

            writer.WriteEndArray();
        }

        if (Extensions is not null)
        {
            writer.WritePropertyName("extensions");
            Execution.JsonValueWriter.Write(writer, Extensions);
        }

        writer.WriteEndObject();
    }

    /// <inheritdoc />
    public override string ToString() => Message;
}
