using System.Text.Json;
using System.Text.Json.Serialization;
using SmartMarket.Trading.MarketData;

namespace SmartMarket.Grains.Serialization;

/// <summary>Stores a <see cref="Symbol"/> as its ticker string (the struct's constructor validates it on the way back).</summary>
public sealed class SymbolJsonConverter : JsonConverter<Symbol>
{
    public override Symbol Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("a symbol must be a ticker string"));

    public override void Write(Utf8JsonWriter writer, Symbol value, JsonSerializerOptions options) => writer.WriteStringValue(value.Ticker);

    public override Symbol ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, Symbol value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.Ticker);
}
