namespace GraphQL.Language.Ast;

/// <summary>An input value literal or a variable reference.</summary>
public abstract class ValueNode(Location location) : AstNode(location);
