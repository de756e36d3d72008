namespace GraphQL.Language.Ast;

/// <summary>A node of a parsed GraphQL document. Nodes are immutable once built.</summary>
public abstract class AstNode(Location location)
{
    /// <summary>Where the node lies in the source.</summary>
    public Location Location { get; } = location;

    /// <summary>The node's kind, for fast switching without type tests.</summary>
    public abstract NodeKind Kind { get; }

    /// <summary>The node printed as GraphQL source.</summary>
    public override string ToString() => AstPrinter.Print(this);
}
