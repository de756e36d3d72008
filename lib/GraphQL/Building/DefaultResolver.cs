using System.Collections;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Building;

/// <summary>The resolver of fields defined without one: reads the field's name from a dictionary parent value.</summary>
internal static class DefaultResolver
{
    public static FieldResolver For(string fieldName) => context => new ValueTask<object?>(Resolve(context, fieldName));

    private static object? Resolve(ResolveContext context, string fieldName) => context.Source switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(fieldName),
        IDictionary<string, object?> map => map.TryGetValue(fieldName, out var value) ? value : null,
        IDictionary map => map.Contains(fieldName) ? map[fieldName] : null,
        var other => throw new InvalidOperationException(
            $"Field \"{context.Field.Coordinate}\" has no resolver, and its parent value ({other.GetType().Name}) is not a dictionary to read \"{fieldName}\" from."),
    };
}
