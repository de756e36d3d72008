using System.Text.Json;
using System.Text.Json.Serialization;
using SmartMarket.Trading.MarketData;

namespace Trading.Tests.Execution;

/// <summary>
/// JSON round trips for persisted state. <see cref="Symbol"/> has no <c>[JsonConstructor]</c>, so System.Text.Json
/// would read it back as <c>default</c>; until the market-data type gets one, this converter stands in.
/// </summary>
internal static class StateJson
{
    public static readonly JsonSerializerOptions Options = new() { Converters = { new SymbolConverter() } };

    public static T RoundTrip<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!;

    private sealed class SymbolConverter : JsonConverter<Symbol>
    {
        public override Symbol Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var doc = JsonDocument.ParseValue(ref reader);
            return new Symbol(doc.RootElement.GetProperty(nameof(Symbol.Ticker)).GetString()!);
        }

        public override void Write(Utf8JsonWriter writer, Symbol value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString(nameof(Symbol.Ticker), value.Ticker);
            writer.WriteEndObject();
        }
    }
}
