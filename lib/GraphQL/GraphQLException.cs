namespace GraphQL;

/// <summary>
/// Thrown by resolvers, scalars and the engine for errors whose message is meant for the client:
/// the message is copied into the response as is, unlike other exceptions, whose details are hidden
/// unless the executor is configured to expose them.
/// </summary>
public class GraphQLException : Exception
{
    /// <summary>Creates an exception with a client-facing message.</summary>
    public GraphQLException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a client-facing message and extensions (for example an error code).</summary>
    public GraphQLException(string message, IReadOnlyDictionary<string, object?>? extensions, Exception? innerException = null)
        : base(message, innerException)
    {
        Extensions = extensions;
    }

    /// <summary>Creates an exception with a client-facing message and the exception that caused it.</summary>
    public GraphQLException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Extensions copied into the error's <c>extensions</c> entry.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }
}
