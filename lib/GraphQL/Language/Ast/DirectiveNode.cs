namespace GraphQL.Language.Ast;

/// <summary>A directive application: <c>@name(arguments)</c>.</summary>
public sealed class DirectiveNode(
    NameNode name,
    IReadOnlyList<ArgumentNode> arguments,
    Location location) : AstNode(location)
{
    /// <summary>The directive name, without <c>@</c>.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The arguments in source order.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Directive;
}
