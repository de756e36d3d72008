namespace GraphQL.AspNetCore.Http;

/// <summary>The GraphQL-over-HTTP parameters of one request, before execution.</summary>
internal sealed record HttpGraphQLRequest(string Query, string? OperationName, IReadOnlyDictionary<string, object?>? Variables);
