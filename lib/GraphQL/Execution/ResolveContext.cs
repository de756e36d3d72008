using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// What a resolver knows about the field it resolves: the parent value, the coerced arguments, the
/// request (variables, services, user, cancellation) and helpers for data loaders and errors.
/// A context stays valid until the field's value is completed (its sub-selections included); do not keep it afterwards.
/// </summary>
public sealed class ResolveContext
{
    private readonly ExecutionContext _execution;
    private PlannedField _field = null!;
    private ResultPath? _parentPath;
    private ResultPath? _path;

    internal ResolveContext(ExecutionContext execution)
    {
        _execution = execution;
    }

    /// <summary>The parent object's value (the root value for root fields, the event for subscription fields).</summary>
    public object? Source { get; private set; }

    /// <summary>The coerced arguments, defaults applied.</summary>
    public InputValues Arguments { get; private set; } = InputValues.Empty;

    /// <summary>The field being resolved.</summary>
    public FieldDefinition Field => _field.Definition;

    /// <summary>The object type that owns the field (the runtime type for abstract parents).</summary>
    public ObjectType ParentType => _field.ParentType;

    /// <summary>The field's name in the schema.</summary>
    public string FieldName => _field.Definition.Name;

    /// <summary>The key under which the value appears in the response (alias or name).</summary>
    public string ResponseName => _field.ResponseName;

    /// <summary>All field nodes merged into this response entry.</summary>
    public IReadOnlyList<FieldNode> FieldNodes => _field.Nodes;

    /// <summary>The response path of the field.</summary>
    public ResultPath Path => _path ??= new ResultPath(_parentPath, _field.ResponseName, 0);

    /// <summary>The schema being executed.</summary>
    public Schema Schema => _execution.Schema;

    /// <summary>The document being executed.</summary>
    public DocumentNode Document => _execution.Operation.Document;

    /// <summary>The operation being executed.</summary>
    public OperationDefinitionNode Operation => _execution.Operation.Operation;

    /// <summary>The coerced variables of the request.</summary>
    public InputValues Variables => _execution.Operation.Variables;

    /// <summary>The root value given with the request.</summary>
    public object? RootValue => _execution.Operation.RootValue;

    /// <summary>The request's services (for example an ASP.NET Core request scope), or null.</summary>
    public IServiceProvider? Services => _execution.Operation.Services;

    /// <summary>The request's user context (for example the authenticated user), or null.</summary>
    public object? UserContext => _execution.Operation.UserContext;

    /// <summary>Cancelled when the request is aborted.</summary>
    public CancellationToken CancellationToken => _execution.CancellationToken;

    /// <summary>The data loaders of this execution.</summary>
    public DataLoaderScope DataLoaders => _execution.DataLoaders;

    /// <summary>The argument <paramref name="name"/> converted to <typeparamref name="T"/>.</summary>
    /// <exception cref="GraphQLException">The argument has no value (it is optional and was not given).</exception>
    public T Argument<T>(string name) => Arguments.Get<T>(name);

    /// <summary>The argument <paramref name="name"/>, or <paramref name="defaultValue"/> when it was not given or is null.</summary>
    public T? ArgumentOrDefault<T>(string name, T? defaultValue = default) => Arguments.GetOrDefault(name, defaultValue);

    /// <summary>Whether the argument was given (or has a default), possibly as null.</summary>
    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>The parent value as <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">The parent value is not a <typeparamref name="T"/>.</exception>
    public T GetSource<T>() => Source is T typed
        ? typed
        : throw new InvalidOperationException(
            $"Field \"{Field.Coordinate}\" expected a parent value of type {typeof(T).Name} but got {Source?.GetType().Name ?? "null"}.");

    /// <summary>A service from <see cref="Services"/>.</summary>
    /// <exception cref="InvalidOperationException">No service provider was given or it lacks the service.</exception>
    public T GetRequiredService<T>()
        where T : notnull =>
        Services?.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException($"No service of type {typeof(T).Name} is available to field \"{Field.Coordinate}\".");

    /// <summary>The execution's data loader named <paramref name="name"/>, created on first use.</summary>
    public DataLoader<TKey, TValue> DataLoader<TKey, TValue>(string name, BatchLoadFunction<TKey, TValue> batch)
        where TKey : notnull => _execution.DataLoaders.GetOrAdd(name, batch);

    /// <summary>Adds an error at this field's path without failing the field.</summary>
    public void ReportError(string message, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        _execution.AddError(new GraphQLError(message, _field.Locations, Path.ToList(), extensions));
    }

    internal void Reset(PlannedField field, object? source, ResultPath? parentPath, InputValues arguments)
    {
        _field = field;
        Source = source;
        _parentPath = parentPath;
        _path = null;
        Arguments = arguments;
    }
}
