using GraphQL.Building;
using SmartMarket.Trading.Smc;

namespace SmartMarket.Api.GraphQL.Types;

/// <summary>The SMC lists of a symbol's analysis timeframe: order blocks, fair value gaps, structure breaks and daily levels.</summary>
internal static class SmcTypes
{
    public static void Register(SchemaBuilder b)
    {
        b.Object<OrderBlock>("OrderBlock", t =>
        {
            t.Description("The last opposite candle before a structure break: a zone price may return to.");
            t.Field("id", "Long!", o => o.Id);
            t.Field("direction", "String!", o => Name(o.Direction));
            t.Field("high", "Decimal!", o => o.High);
            t.Field("low", "Decimal!", o => o.Low);
            t.Field("originTime", "DateTime!", o => o.OriginTime);
            t.Field("knownAt", "DateTime!", o => o.KnownAt).Description("Close of the bar that revealed the block.");
            t.Field("state", "String!", o => o.State.ToString().ToLowerInvariant());
        });
        b.Object<FairValueGap>("FairValueGap", t =>
        {
            t.Description("A three-candle imbalance.");
            t.Field("id", "Long!", g => g.Id);
            t.Field("direction", "String!", g => Name(g.Direction));
            t.Field("top", "Decimal!", g => g.Top);
            t.Field("bottom", "Decimal!", g => g.Bottom);
            t.Field("time", "DateTime!", g => g.Time);
            t.Field("knownAt", "DateTime!", g => g.KnownAt);
            t.Field("state", "String!", g => g.State.ToString().ToLowerInvariant());
            t.Field("filledShare", "Float!", g => g.FilledShare).Description("Deepest retracement into the gap, 0..1.");
        });
        b.Object<StructureBreak>("StructureEvent", t =>
        {
            t.Description("A close beyond the last unbroken swing: a break of structure or a change of character.");
            t.Field("kind", "String!", s => s.Kind.ToString());
            t.Field("direction", "String!", s => Name(s.Direction)).Description("The trend after the break.");
            t.Field("level", "Decimal!", s => s.Level).Description("The broken swing's price.");
            t.Field("knownAt", "DateTime!", s => s.KnownAt);
        });
        b.Object<DailyLevel>("DailyZone", t =>
        {
            t.Description("One of the previous UTC day's open, high, low or close, scored by how price reacted to it.");
            t.Field("kind", "String!", l => l.Kind.ToString().ToLowerInvariant());
            t.Field("price", "Decimal!", l => l.Price);
            t.Field("touches", "Int!", l => l.Touches);
            t.Field("score", "Float!", l => l.Score);
            t.Field("strength", "String!", l => l.Strength.ToString().ToLowerInvariant());
        });
    }

    /// <summary>The zones of a completed previous day; none before the first day completes.</summary>
    public static DailyLevel[] Zones(DailyLevels day) => day.Exists ? [day.Open, day.High, day.Low, day.Close] : [];

    private static string Name(Bias bias) => bias switch
    {
        Bias.Bullish => "bullish",
        Bias.Bearish => "bearish",
        _ => "none",
    };
}
