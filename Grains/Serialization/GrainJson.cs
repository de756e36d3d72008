using System.Text.Json;

namespace SmartMarket.Grains.Serialization;

/// <summary>The JSON settings grain state needs: Trading's value types that System.Text.Json cannot read back unaided.</summary>
public static class GrainJson
{
    /// <summary>Adds the converters to the runtime's state serializer options; idempotent.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var c in options.Converters)
        {
            if (c is SymbolJsonConverter)
                return options;
        }
        options.Converters.Add(new SymbolJsonConverter());
        return options;
    }
}
