using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Building;

/// <summary>Configures a field: arguments, resolver, description, deprecation and cost hints.</summary>
public sealed class FieldBuilder
{
    private readonly List<InputValueBuilder> _arguments = [];

    internal FieldBuilder(string owner, string name, TypeRef type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Owner = owner;
        Name = name;
        Type = type;
    }

    internal string Owner { get; }

    internal string Name { get; }

    internal TypeRef Type { get; }

    internal IReadOnlyList<InputValueBuilder> Arguments => _arguments;

    internal string? DescriptionText { get; private set; }

    internal string? DeprecationReason { get; private set; }

    internal FieldResolver? Resolver { get; private set; }

    internal SubscriptionSource? Source { get; private set; }

    internal int? CostValue { get; private set; }

    internal int? ListSizeValue { get; private set; }

    /// <summary>Sets the description.</summary>
    public FieldBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Marks the field deprecated.</summary>
    public FieldBuilder Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        DeprecationReason = reason;
        return this;
    }

    /// <summary>Adds an argument; <paramref name="configure"/> sets its default, description or deprecation.</summary>
    public FieldBuilder Argument(string name, TypeRef type, Action<InputValueBuilder>? configure = null)
    {
        var argument = new InputValueBuilder(name, type);
        configure?.Invoke(argument);
        _arguments.Add(argument);
        return this;
    }

    /// <summary>Sets a synchronous resolver.</summary>
    public FieldBuilder Resolve(Func<ResolveContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return SetResolver(context => new ValueTask<object?>(resolver(context)));
    }

    /// <summary>Sets an asynchronous resolver; results that complete synchronously cost no allocation.</summary>
    public FieldBuilder ResolveAsync(Func<ResolveContext, ValueTask<object?>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return SetResolver(new FieldResolver(resolver));
    }

    /// <summary>Sets an asynchronous resolver returning a task.</summary>
    public FieldBuilder ResolveAsync<T>(Func<ResolveContext, Task<T>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return SetResolver(context =>
        {
            var task = resolver(context);
            return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);
        });
    }

    /// <summary>Sets the source event stream of a subscription root field.</summary>
    public FieldBuilder Subscribe(Func<ResolveContext, IAsyncEnumerable<object?>> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return SubscribeAsync(context => new ValueTask<IAsyncEnumerable<object?>>(source(context)));
    }

    /// <summary>Sets the source event stream of a subscription root field, created asynchronously.</summary>
    public FieldBuilder SubscribeAsync(Func<ResolveContext, ValueTask<IAsyncEnumerable<object?>>> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (Source is not null)
            throw new InvalidOperationException($"Field \"{Owner}.{Name}\" already has an event source.");
        Source = new SubscriptionSource(source);
        return this;
    }

    /// <summary>Sets the field's cost for operation cost limits.</summary>
    public FieldBuilder Cost(int cost)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cost);
        CostValue = cost;
        return this;
    }

    /// <summary>Sets the expected item count of a list field for cost limits (used when no size argument is given).</summary>
    public FieldBuilder ListSize(int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ListSizeValue = size;
        return this;
    }

    internal FieldBuilder SetResolver(FieldResolver resolver)
    {
        if (Resolver is not null)
            throw new InvalidOperationException($"Field \"{Owner}.{Name}\" already has a resolver.");
        Resolver = resolver;
        return this;
    }

    private static async ValueTask<object?> Await<T>(Task<T> task) => await task.ConfigureAwait(false);
}
