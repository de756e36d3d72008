namespace GraphQL.Execution;

/// <summary>An external input value (from variables) that does not fit its type, with where inside the value it failed.</summary>
internal sealed class InputCoercionException(string message, object? invalidValue, IReadOnlyList<object> path) : Exception(message)
{
    public object? InvalidValue { get; } = invalidValue;

    public IReadOnlyList<object> Path { get; } = path;
}
