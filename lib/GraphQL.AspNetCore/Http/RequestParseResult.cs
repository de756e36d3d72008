namespace GraphQL.AspNetCore.Http;

/// <summary>Either the parameters of a request or the HTTP status and message explaining why they are malformed.</summary>
internal readonly record struct RequestParseResult(HttpGraphQLRequest? Request, int Status, string? Error)
{
    public static RequestParseResult Ok(HttpGraphQLRequest request) => new(request, 200, null);

    public static RequestParseResult Fail(int status, string error) => new(null, status, error);
}
