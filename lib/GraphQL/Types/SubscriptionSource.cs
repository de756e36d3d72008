using GraphQL.Execution;

namespace GraphQL.Types;

/// <summary>Creates the source event stream of a subscription root field; each event is then resolved through the selection set.</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionSource(ResolveContext context);
