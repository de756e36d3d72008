using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GraphQL.AspNetCore.Http;

/// <summary>The media types of GraphQL over HTTP and the negotiation of the response type from <c>Accept</c>.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response type for an <c>Accept</c> header: the GraphQL response type when asked for, JSON for JSON, wildcards or no header
    /// (legacy clients), null when nothing acceptable is offered.
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
            return Json;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var values))
            return Json;

        string? best = null;
        double bestQuality = -1;
        foreach (var value in values)
        {
            var quality = value.Quality ?? 1.0;
            if (quality <= 0)
                continue;
            var candidate = Candidate(value);
            // Among equal qualities the GraphQL response type wins: it carries the status-code semantics.
            if (candidate is not null && (quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponse)))
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>Whether a request content type is JSON in UTF-8 (a missing charset means UTF-8).</summary>
    public static bool IsJsonContent(string? contentType, out bool unsupportedCharset)
    {
        unsupportedCharset = false;
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
            return false;
        if (!parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
            return false;
        var charset = parsed.Charset;
        unsupportedCharset = charset.HasValue && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
        return !unsupportedCharset;
    }

    private static string? Candidate(MediaTypeHeaderValue value)
    {
        var type = value.MediaType;
        if (type.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            return GraphQLResponse;
        if (type.Equals(Json, StringComparison.OrdinalIgnoreCase) || type.Equals("*/*", StringComparison.Ordinal) || type.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            return Json;
        return null;
    }
}
