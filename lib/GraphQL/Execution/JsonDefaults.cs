using System.Text.Encodings.Web;
using System.Text.Json;

namespace GraphQL.Execution;

/// <summary>
/// JSON writing settings: minimal escaping (quotes, backslashes and control characters only), as
/// <c>JSON.stringify</c> does, since GraphQL responses are JSON documents, not HTML.
/// </summary>
public static class JsonDefaults
{
    /// <summary>The encoder for response writers.</summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Writer options using <see cref="Encoder"/>.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = Encoder };
}
