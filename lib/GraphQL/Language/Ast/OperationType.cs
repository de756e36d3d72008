namespace GraphQL.Language.Ast;

/// <summary>The three kinds of GraphQL operations.</summary>
public enum OperationType
{
    /// <summary>A read-only fetch.</summary>
    Query,

    /// <summary>A write followed by a fetch; root fields run one after another.</summary>
    Mutation,

    /// <summary>A long-lived request that yields a response per source event.</summary>
    Subscription,
}
