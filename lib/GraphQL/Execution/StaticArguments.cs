namespace GraphQL.Execution;

/// <summary>A field's arguments coerced ahead of time, or the message of the error coercing them produced.</summary>
internal sealed record StaticArguments(InputValues? Values, string? Error);
