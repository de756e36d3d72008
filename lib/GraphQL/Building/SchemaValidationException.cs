namespace GraphQL.Building;

/// <summary>Thrown by <see cref="SchemaBuilder.Build"/> when the schema is invalid; lists every problem found.</summary>
public sealed class SchemaValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public SchemaValidationException(IReadOnlyList<string> errors)
        : base("The schema is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  - " + e)))
    {
        Errors = errors;
    }

    /// <summary>Each problem, one sentence each.</summary>
    public IReadOnlyList<string> Errors { get; }
}
