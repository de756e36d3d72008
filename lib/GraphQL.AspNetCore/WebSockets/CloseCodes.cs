namespace GraphQL.AspNetCore.WebSockets;

/// <summary>The close codes of the graphql-transport-ws protocol.</summary>
internal static class CloseCodes
{
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int InitTimeout = 4408;
    public const int DuplicateSubscriber = 4409;
    public const int TooManyInitRequests = 4429;
    public const int InternalError = 4500;
}
