using GraphQL.Building;
using SmartMarket.Api.Backtests;

namespace SmartMarket.Api.GraphQL.Types;

/// <summary>Backtests submitted through the API, their progress and their report's metrics.</summary>
internal static class BacktestTypes
{
    public static void Register(SchemaBuilder b)
    {
        b.Enum<BacktestState>("BacktestState");
        b.InputObject("RunBacktestInput", i => i
            .Description("Give dataFiles (CSV paths on the server) or syntheticDays, not both.")
            .Field("strategy", "String!", f => f.Description("smc-order-block, daily-ohlc-zone, mtf-trend or mean-reversion."))
            .Field("parameters", "String", f => f.Description("name=value;... as the strategy parses them."))
            .Field("dataFiles", "[String!]", f => f.Description("Candle CSV files (timestamp,open,high,low,close,volume) named like BTCUSDT-1h.csv."))
            .Field("timeframe", "String", f => f.Description("Bar size of the files when their names do not say."))
            .Field("syntheticDays", "Int", f => f.Description($"Days of 1m candles from the synthetic market, 1 to {BacktestInput.MaxSyntheticDays}."))
            .Field("syntheticSymbols", "[String!]", f => f.Description("Synthetic symbols to trade (default BTCUSDT)."))
            .Field("capital", "Decimal", f => f.Description("Starting capital (default 10000)."))
            .Field("from", "DateTime")
            .Field("to", "DateTime")
            .Factory(BacktestInput.Read));
        b.Object<BacktestView>("Backtest", t =>
        {
            t.Field("id", "ID!", v => v.Id);
            t.Field("owner", "String!", v => v.Owner);
            t.Field("strategy", "String!", v => v.Strategy);
            t.Field("data", "String!", v => v.Data).Description("The data files, or the synthetic symbols and days.");
            t.Field("state", "BacktestState!", v => v.State);
            t.Field("progress", "Float!", v => v.Progress).Description("Fraction of candles done, 0..1.");
            t.Field("submittedAt", "DateTime!", v => v.SubmittedAt);
            t.Field("finishedAt", "DateTime", v => v.FinishedAt);
            t.Field("error", "String", v => v.Error);
            t.Field("reportPath", "String", v => v.ReportPath).Description("report.json on the server, once completed.");
            t.Field("metrics", "BacktestMetrics", v => v.Metrics).Description("The report's headline figures, once completed.");
        });
        b.Object<BacktestMetrics>("BacktestMetrics", t =>
        {
            t.Description("Ratios are null where undefined (a Sharpe ratio of a flat equity curve).");
            t.Field("totalReturn", "Float", m => Finite(m.TotalReturn));
            t.Field("sharpe", "Float", m => Finite(m.Sharpe));
            t.Field("maxDrawdown", "Float", m => Finite(m.MaxDrawdown)).Description("Deepest fall from a peak, a positive fraction.");
            t.Field("winRate", "Float", m => Finite(m.WinRate));
            t.Field("trades", "Int!", m => m.Trades);
            t.Field("buyAndHoldReturn", "Float", m => Finite(m.BuyAndHoldReturn));
            t.Field("finalEquity", "Decimal!", m => m.FinalEquity);
            t.Field("candles", "Long!", m => m.Candles);
        });
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
