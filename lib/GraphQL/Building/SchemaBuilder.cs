using System.Text;
using GraphQL.Types;

namespace GraphQL.Building;

/// <summary>
/// Builds a schema in code. Types refer to each other through <see cref="TypeRef"/>s (the values returned
/// by <see cref="Object"/> and friends, or SDL text such as <c>"[Order!]!"</c>), resolved when
/// <see cref="Build"/> checks the whole schema and reports every problem at once.
/// </summary>
/// <example>
/// <code>
/// var builder = new SchemaBuilder();
/// var symbol = builder.Object&lt;SymbolInfo&gt;("Symbol", t =&gt;
/// {
///     t.Field("ticker", "String!", s =&gt; s.Ticker);
///     t.Field("price", "Decimal", s =&gt; s.LastPrice);
/// });
/// builder.Query(q =&gt; q.Field("symbol", symbol)
///     .Argument("ticker", "String!")
///     .Resolve(ctx =&gt; market.Find(ctx.Argument&lt;string&gt;("ticker"))));
/// Schema schema = builder.Build();
/// </code>
/// </example>
public sealed class SchemaBuilder
{
    private readonly List<object> _definitions = [];
    private readonly List<DirectiveBuilder> _directives = [];

    internal IReadOnlyList<object> Definitions => _definitions;

    internal IReadOnlyList<DirectiveBuilder> DirectiveBuilders => _directives;

    internal string? DescriptionText { get; private set; }

    internal string? QueryName { get; private set; }

    internal string? MutationName { get; private set; }

    internal string? SubscriptionName { get; private set; }

    /// <summary>Sets the schema's description.</summary>
    public SchemaBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Defines the query root type, named <c>Query</c>.</summary>
    public SchemaBuilder Query(Action<ObjectTypeBuilder> configure) => Query("Query", configure);

    /// <summary>Defines the query root type.</summary>
    public SchemaBuilder Query(string name, Action<ObjectTypeBuilder> configure)
    {
        Object(name, configure);
        QueryName = name;
        return this;
    }

    /// <summary>Defines the mutation root type, named <c>Mutation</c>.</summary>
    public SchemaBuilder Mutation(Action<ObjectTypeBuilder> configure) => Mutation("Mutation", configure);

    /// <summary>Defines the mutation root type.</summary>
    public SchemaBuilder Mutation(string name, Action<ObjectTypeBuilder> configure)
    {
        Object(name, configure);
        MutationName = name;
        return this;
    }

    /// <summary>Defines the subscription root type, named <c>Subscription</c>; its fields need event sources.</summary>
    public SchemaBuilder Subscription(Action<ObjectTypeBuilder> configure) => Subscription("Subscription", configure);

    /// <summary>Defines the subscription root type.</summary>
    public SchemaBuilder Subscription(string name, Action<ObjectTypeBuilder> configure)
    {
        Object(name, configure);
        SubscriptionName = name;
        return this;
    }

    /// <summary>Defines an object type whose values are dictionaries or resolved by explicit resolvers.</summary>
    public TypeRef Object(string name, Action<ObjectTypeBuilder> configure) => Add(new ObjectTypeBuilder(name), name, configure);

    /// <summary>Defines an object type backed by <typeparamref name="TSource"/> values (recognised by type test for interfaces and unions).</summary>
    public TypeRef Object<TSource>(string name, Action<ObjectTypeBuilder<TSource>> configure) =>
        Add(new ObjectTypeBuilder<TSource>(name), name, configure);

    /// <summary>Defines an interface.</summary>
    public TypeRef Interface(string name, Action<InterfaceTypeBuilder> configure) => Add(new InterfaceTypeBuilder(name), name, configure);

    /// <summary>Defines a union.</summary>
    public TypeRef Union(string name, Action<UnionTypeBuilder> configure) => Add(new UnionTypeBuilder(name), name, configure);

    /// <summary>Defines an enum.</summary>
    public TypeRef Enum(string name, Action<EnumTypeBuilder> configure) => Add(new EnumTypeBuilder(name), name, configure);

    /// <summary>
    /// Defines an enum from a C# enum: members become values named in CONSTANT_CASE (<c>StopLimit</c> to
    /// <c>STOP_LIMIT</c>) whose internal values are the members themselves.
    /// </summary>
    public TypeRef Enum<TEnum>(string? name = null, Action<EnumTypeBuilder>? configure = null)
        where TEnum : struct, Enum
    {
        var typeName = name ?? typeof(TEnum).Name;
        var builder = new EnumTypeBuilder(typeName);
        foreach (var member in System.Enum.GetValues<TEnum>())
            builder.Value(ToConstantCase(member.ToString()), member);
        return Add(builder, typeName, configure ?? (_ => { }));
    }

    /// <summary>Defines an input object type.</summary>
    public TypeRef InputObject(string name, Action<InputObjectTypeBuilder> configure) => Add(new InputObjectTypeBuilder(name), name, configure);

    /// <summary>Adds a custom scalar.</summary>
    public TypeRef Scalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        _definitions.Add(scalar);
        return new NamedTypeRef(scalar.Name);
    }

    /// <summary>Defines a custom directive.</summary>
    public SchemaBuilder Directive(string name, Action<DirectiveBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var directive = new DirectiveBuilder(name);
        configure(directive);
        _directives.Add(directive);
        return this;
    }

    /// <summary>Resolves all references, checks the schema against the specification's type system rules and builds it.</summary>
    /// <exception cref="SchemaValidationException">The schema is invalid; the exception lists every problem.</exception>
    public Schema Build() => new SchemaAssembler(this).Assemble();

    internal static string ToConstantCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (startsWord && name[i - 1] != '_')
                builder.Append('_');
            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    private NamedTypeRef Add<TBuilder>(TBuilder builder, string name, Action<TBuilder> configure)
        where TBuilder : class
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configure);
        configure(builder);
        _definitions.Add(builder);
        return new NamedTypeRef(name);
    }
}
