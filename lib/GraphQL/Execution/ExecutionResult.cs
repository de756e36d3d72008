using System.Buffers;
using System.Text;
using System.Text.Json;

namespace GraphQL.Execution;

/// <summary>
/// The response to an execution: data (a result tree), errors and extensions, written to JSON directly
/// with <see cref="Utf8JsonWriter"/>. A result is immutable once returned; its UTF-8 form can be
/// produced once and shared, e.g. sent to every subscriber of an event.
/// </summary>
public sealed class ExecutionResult
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    internal ExecutionResult(ResultMap? data, bool hasData, IReadOnlyList<GraphQLError> errors)
    {
        Data = data;
        HasData = hasData;
        Errors = errors;
    }

    /// <summary>The data, or null when it is null or absent.</summary>
    public ResultMap? Data { get; }

    /// <summary>Whether the response has a <c>data</c> entry (false for request errors such as invalid variables).</summary>
    public bool HasData { get; }

    /// <summary>The errors, in the order they occurred.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Extensions to include in the response, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A result without data holding request errors.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new ExecutionResult(null, false, errors);
    }

    /// <summary>Writes the response object (create writers with <see cref="JsonDefaults.WriterOptions"/> for compact escaping): <c>errors</c> (when any), <c>data</c> (when present), <c>extensions</c>.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WriteStartArray("errors");
            foreach (var error in Errors)
                error.WriteTo(writer);
            writer.WriteEndArray();
        }

        if (HasData)
        {
            writer.WritePropertyName("data");
            if (Data is null)
                writer.WriteNullValue();
            else
                Data.WriteTo(writer);
        }

        if (Extensions is not null)
        {
            writer.WritePropertyName("extensions");
            JsonValueWriter.Write(writer, Extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the response as UTF-8 JSON to a buffer writer (a pipe, a pooled buffer).</summary>
    public void WriteTo(IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, JsonDefaults.WriterOptions);
        WriteTo(writer);
    }

    /// <summary>The response as UTF-8 JSON bytes.</summary>
    public byte[] ToUtf8Bytes()
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = t_writer;
        if (writer is null)
            t_writer = writer = new Utf8JsonWriter(buffer, JsonDefaults.WriterOptions);
        else
            writer.Reset(buffer);
        WriteTo(writer);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The response as a JSON string.</summary>
    public string ToJson() => Encoding.UTF8.GetString(ToUtf8Bytes());

    /// <inheritdoc />
    public override string ToString() => ToJson();
}
