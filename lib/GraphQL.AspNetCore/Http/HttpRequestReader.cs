using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace GraphQL.AspNetCore.Http;

/// <summary>Reads the GraphQL parameters from a POST JSON body or a GET query string, rejecting malformed ones with a 4xx status.</summary>
internal static class HttpRequestReader
{
    public static RequestParseResult FromQueryString(IQueryCollection query)
    {
        if (!query.TryGetValue("query", out var text) || text.Count != 1 || string.IsNullOrEmpty(text[0]))
            return RequestParseResult.Fail(400, "The 'query' parameter is missing or not a single string.");
        string? operationName = null;
        if (query.TryGetValue("operationName", out var op))
        {
            if (op.Count != 1)
                return RequestParseResult.Fail(400, "The 'operationName' parameter must appear once.");
            operationName = string.IsNullOrEmpty(op[0]) ? null : op[0];
        }

        IReadOnlyDictionary<string, object?>? variables = null;
        if (query.TryGetValue("variables", out var vars) && !string.IsNullOrEmpty(vars[0]))
        {
            if (!TryParseMap(vars[0]!, out variables))
                return RequestParseResult.Fail(400, "The 'variables' parameter must be a JSON object.");
        }

        if (query.TryGetValue("extensions", out var ext) && !string.IsNullOrEmpty(ext[0]) && !TryParseMap(ext[0]!, out _))
            return RequestParseResult.Fail(400, "The 'extensions' parameter must be a JSON object.");
        return RequestParseResult.Ok(new HttpGraphQLRequest(text[0]!, operationName, variables));
    }

    public static async Task<RequestParseResult> FromBodyAsync(PipeReader body, int maxBytes, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await body.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (buffer.Length > maxBytes)
            {
                body.AdvanceTo(buffer.Start, buffer.End);
                return RequestParseResult.Fail(413, $"The request body exceeds {maxBytes} bytes.");
            }

            if (read.IsCompleted)
            {
                var result = buffer.IsEmpty ? RequestParseResult.Fail(400, "The request body is empty.") : Parse(buffer);
                body.AdvanceTo(buffer.End);
                return result;
            }

            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static RequestParseResult Parse(ReadOnlySequence<byte> buffer)
    {
        var reader = new Utf8JsonReader(buffer);
        try
        {
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return RequestParseResult.Fail(400, "The request body must be a JSON object.");
            if (!root.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
                return RequestParseResult.Fail(400, "The 'query' parameter is missing or not a string.");
            string? operationName = null;
            if (root.TryGetProperty("operationName", out var op))
            {
                if (op.ValueKind == JsonValueKind.String)
                    operationName = op.GetString();
                else if (op.ValueKind != JsonValueKind.Null)
                    return RequestParseResult.Fail(400, "The 'operationName' parameter must be a string or null.");
            }

            IReadOnlyDictionary<string, object?>? variables = null;
            if (root.TryGetProperty("variables", out var vars))
            {
                if (vars.ValueKind == JsonValueKind.Object)
                    variables = JsonInput.ToObject(vars);
                else if (vars.ValueKind != JsonValueKind.Null)
                    return RequestParseResult.Fail(400, "The 'variables' parameter must be an object or null.");
            }

            if (root.TryGetProperty("extensions", out var ext) && ext.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                return RequestParseResult.Fail(400, "The 'extensions' parameter must be an object or null.");
            return RequestParseResult.Ok(new HttpGraphQLRequest(query.GetString()!, operationName, variables));
        }
        catch (JsonException e)
        {
            return RequestParseResult.Fail(400, "The request body is not valid JSON: " + e.Message);
        }
    }

    private static bool TryParseMap(string json, out IReadOnlyDictionary<string, object?>? map)
    {
        map = null;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return false;
            map = JsonInput.ToObject(document.RootElement);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
