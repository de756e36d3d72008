namespace GraphQL.Language.Ast;

/// <summary>A name: of a field, type, argument, variable, directive or fragment.</summary>
public sealed class NameNode(
    string value,
    Location location) : AstNode(location)
{
    /// <summary>The name itself.</summary>
    public string Value { get; } = value;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Name;

    /// <inheritdoc />
    public override string ToString() => Value;
}
