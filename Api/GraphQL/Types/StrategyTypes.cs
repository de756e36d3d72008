using GraphQL.Building;
using SmartMarket.Grains.Strategies;

namespace SmartMarket.Api.GraphQL.Types;

/// <summary>Strategy instances and the signals they emit.</summary>
internal static class StrategyTypes
{
    public static void Register(SchemaBuilder b)
    {
        b.Object<StrategyView>("Strategy", t =>
        {
            t.Field("id", "ID!", s => s.Id);
            t.Field("strategy", "String", s => s.Status.Definition?.Strategy).Description("The Trading strategy's name.");
            t.Field("ticker", "String", s => s.Status.Definition?.Symbol);
            t.Field("accountId", "ID", s => s.Status.Definition?.AccountId);
            t.Field("parameters", "String", s => s.Status.Definition?.Parameters).Description("name=value;... as the strategy parses them.");
            t.Field("model", "String", s => s.Status.Definition?.Model);
            t.Field("halted", "Boolean!", s => s.Status.Halted);
            t.Field("candlesSeen", "Long!", s => s.Status.CandlesSeen);
            t.Field("signalsEmitted", "Long!", s => s.Status.SignalsEmitted);
            t.Field("lastSignal", "Signal", s => s.Status.LastSignal);
        });
        b.Object<ModelView>("Model", t =>
        {
            t.Field("name", "String!", m => m.Name);
            t.Field("version", "String!", m => m.Version);
        });
        b.Object<SignalEmitted>("Signal", t =>
        {
            t.Field("strategyId", "ID!", s => s.StrategyId);
            t.Field("accountId", "ID!", s => s.AccountId);
            t.Field("ticker", "String!", s => s.Signal.Symbol.Ticker);
            t.Field("time", "DateTime!", s => s.Signal.Time);
            t.Field("side", "Side!", s => s.Signal.Side);
            t.Field("confidence", "Float!", s => s.Signal.Confidence);
            t.Field("modelScore", "Float!", s => s.ModelScore);
            t.Field("entry", "Decimal!", s => s.Signal.Entry);
            t.Field("stop", "Decimal!", s => s.Signal.Stop);
            t.Field("targets", "[Decimal!]!", s => s.Signal.Targets);
            t.Field("reason", "String!", s => s.Signal.Reason);
            t.Field("clientOrderId", "String!", s => s.ClientOrderId);
        });
    }
}
