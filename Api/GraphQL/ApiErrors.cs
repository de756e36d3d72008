using GraphQL;

namespace SmartMarket.Api.GraphQL;

/// <summary>Errors that reach the client with a machine-readable <c>extensions.code</c> (and <c>field</c> for bad input).</summary>
internal static class ApiErrors
{
    public static GraphQLException Unauthenticated() =>
        new("authentication required: send 'Authorization: Bearer <token>' (or the token in connection_init)", Code("UNAUTHENTICATED"));

    public static GraphQLException Forbidden(string message) => new(message, Code("FORBIDDEN"));

    /// <summary>An argument or input field failed validation; the message starts with the field's name.</summary>
    public static GraphQLException BadInput(string field, string problem) =>
        new($"{field}: {problem}", new Dictionary<string, object?> { ["code"] = "BAD_USER_INPUT", ["field"] = field });

    private static Dictionary<string, object?> Code(string code) => new() { ["code"] = code };
}
