using System.Collections.Concurrent;
using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQL.Execution;

/// <summary>
/// Parses and validates query texts once and remembers the outcome, keyed by the exact text. When full,
/// the least recently used half is dropped. Thread-safe. Reusing the same document object also lets the
/// <see cref="Executor"/> reuse its execution plans.
/// </summary>
public sealed class DocumentCache
{
    private readonly ConcurrentDictionary<string, CachedDocument> _entries = new(StringComparer.Ordinal);
    private readonly Schema _schema;
    private readonly ParserOptions _parserOptions;
    private readonly IReadOnlyList<Func<ValidationRule>> _rules;
    private readonly int _capacity;
    private readonly object _trimGate = new();
    private long _clock;

    /// <summary>Creates a cache validating against <paramref name="schema"/> with <paramref name="rules"/> (the specified rules by default).</summary>
    public DocumentCache(Schema schema, int capacity = 1000, ParserOptions? parserOptions = null, IReadOnlyList<Func<ValidationRule>>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _schema = schema;
        _capacity = capacity;
        _parserOptions = parserOptions ?? ParserOptions.Default;
        _rules = rules ?? SpecifiedRules.All;
    }

    /// <summary>The number of cached texts.</summary>
    public int Count => _entries.Count;

    /// <summary>The parsed and validated document for <paramref name="query"/>, from the cache when seen before.</summary>
    public CachedDocument GetOrAdd(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var now = Interlocked.Increment(ref _clock);
        if (_entries.TryGetValue(query, out var cached))
        {
            cached.LastUsed = now;
            return cached;
        }

        var entry = Create(query);
        entry.LastUsed = now;
        entry = _entries.GetOrAdd(query, entry);
        if (_entries.Count > _capacity)
            Trim();
        return entry;
    }

    private CachedDocument Create(string query)
    {
        Language.Ast.DocumentNode document;
        try
        {
            document = Parser.Parse(query, _parserOptions);
        }
        catch (GraphQLSyntaxError ex)
        {
            return new CachedDocument(null, [ex.ToGraphQLError()]);
        }

        var errors = DocumentValidator.Validate(_schema, document, _rules);
        return new CachedDocument(document, errors);
    }

    private void Trim()
    {
        lock (_trimGate)
        {
            if (_entries.Count <= _capacity)
                return;
            // A snapshot first: sorting the live dictionary while other threads add to it sized buffers from a stale count.
            var snapshot = _entries.ToArray();
            var ages = new long[snapshot.Length];
            for (var i = 0; i < snapshot.Length; i++)
                ages[i] = -snapshot[i].Value.LastUsed;
            Array.Sort(ages, snapshot);
            for (var i = _capacity / 2; i < snapshot.Length; i++)
                _entries.TryRemove(snapshot[i].Key, out _);
        }
    }
}
