namespace GraphQL.Execution;

/// <summary>A problem found coercing an external input value (from variables): the message, the offending value and where inside the input it is.</summary>
internal sealed record InputCoercionError(string Message, object? InvalidValue, IReadOnlyList<object> Path);
