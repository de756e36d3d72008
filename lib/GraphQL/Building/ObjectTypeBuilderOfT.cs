using GraphQL.Execution;

namespace GraphQL.Building;

/// <summary>
/// Configures an object type backed by CLR values of <typeparamref name="TSource"/>: resolvers receive
/// the typed parent value, and values are recognised by type test when resolving interfaces and unions.
/// </summary>
public sealed class ObjectTypeBuilder<TSource> : ObjectTypeBuilder
{
    internal ObjectTypeBuilder(string name)
        : base(name)
    {
        IsTypeOfCheck = static value => value is TSource;
    }

    /// <summary>Adds a field read from the parent value, e.g. <c>Field("ticker", "String!", s =&gt; s.Ticker)</c>.</summary>
    public FieldBuilder Field(string name, TypeRef type, Func<TSource, object?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return Field(name, type).SetResolver(context => new ValueTask<object?>(resolve(Source(context))));
    }

    /// <summary>Adds a field computed from the parent value and the context (arguments, services).</summary>
    public FieldBuilder Field(string name, TypeRef type, Func<TSource, ResolveContext, object?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return Field(name, type).SetResolver(context => new ValueTask<object?>(resolve(Source(context), context)));
    }

    /// <summary>Adds a field resolved asynchronously from the parent value and the context.</summary>
    public FieldBuilder FieldAsync(string name, TypeRef type, Func<TSource, ResolveContext, ValueTask<object?>> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return Field(name, type).SetResolver(context => resolve(Source(context), context));
    }

    private static TSource Source(ResolveContext context) => context.GetSource<TSource>();
}
