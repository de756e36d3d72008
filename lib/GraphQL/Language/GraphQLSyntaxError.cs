namespace GraphQL.Language;

/// <summary>A lexical or grammatical error in a GraphQL document, with the place it was found.</summary>
public sealed class GraphQLSyntaxError : GraphQLException
{
    /// <summary>Creates a syntax error; the message is prefixed with <c>Syntax Error: </c> as graphql-js does.</summary>
    public GraphQLSyntaxError(string description, int position, int line, int column)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Position = position;
        Line = line;
        Column = column;
    }

    /// <summary>The message without the <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; }

    /// <summary>UTF-16 offset of the error in the source.</summary>
    public int Position { get; }

    /// <summary>1-based line of the error.</summary>
    public int Line { get; }

    /// <summary>1-based column (UTF-16 code units) of the error.</summary>
    public int Column { get; }

    /// <summary>The error as it appears in a response.</summary>
    public GraphQLError ToGraphQLError() => new(Message, [new ErrorLocation(Line, Column)]);
}
