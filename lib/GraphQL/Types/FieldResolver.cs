using GraphQL.Execution;

namespace GraphQL.Types;

/// <summary>
/// Produces a field's value. Synchronous resolvers return a completed <see cref="ValueTask{TResult}"/>,
/// which the executor consumes without allocating or awaiting.
/// </summary>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);
