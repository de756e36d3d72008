using Microsoft.Extensions.Primitives;

namespace SmartMarket.Api.Auth;

/// <summary>Reads an API token from an <c>Authorization: Bearer</c> header or a <c>connection_init</c> payload.</summary>
public static class BearerToken
{
    private const string Scheme = "Bearer ";

    /// <summary>The token of an <c>Authorization</c> header value, or null when it is not a bearer header.</summary>
    public static string? FromHeader(StringValues header)
    {
        var value = header.ToString();
        return value.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? value[Scheme.Length..].Trim() : null;
    }

    /// <summary>
    /// The token of a <c>connection_init</c> payload: <c>{"Authorization": "Bearer ..."}</c> (as graphql-ws clients send
    /// headers) or <c>{"token": "..."}</c>.
    /// </summary>
    public static string? FromPayload(IReadOnlyDictionary<string, object?>? payload)
    {
        if (payload is null)
            return null;
        foreach (var (key, value) in payload)
        {
            if (value is not string text)
                continue;
            if (key.Equals("authorization", StringComparison.OrdinalIgnoreCase))
                return FromHeader(text);
            if (key.Equals("token", StringComparison.OrdinalIgnoreCase))
                return text.Trim();
        }
        return null;
    }
}
