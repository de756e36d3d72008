using GraphQL.Building;
using SmartMarket.Grains.Accounts;

namespace SmartMarket.Api.GraphQL.Types;

/// <summary>An account's risk and performance figures and the answers of cancelOrder and resume.</summary>
internal static class AccountRiskTypes
{
    public static void Register(SchemaBuilder b)
    {
        b.Enum<CancelOutcome>("CancelOutcome");
        b.Object<AccountRisk>("AccountRisk", t =>
        {
            t.Description("Historical VaR and CVaR at 95 % over the returns between equity samples (one per minute of market time, the latest 4,096, saved with the account's journal), as loss fractions of equity per sample period.");
            t.Field("var95", "Float", r => r.Var95).Description("Null until there are two equity samples.");
            t.Field("cvar95", "Float", r => r.CVar95).Description("Average loss in the worst 5 % of sample periods.");
            t.Field("drawdown", "Float!", r => r.Drawdown).Description("Fall of the last equity sample from the highest, as a fraction of the highest.");
            t.Field("maxDrawdown", "Float!", r => r.MaxDrawdown);
            t.Field("exposure", "Decimal!", r => r.Exposure).Description("Net market value of the open positions.");
            t.Field("grossExposure", "Decimal!", r => r.GrossExposure);
            t.Field("samples", "Int!", r => r.Samples);
            t.Field("limits", "[RiskLimit!]!", r => r.Limits);
        });
        b.Object<RiskLimitUse>("RiskLimit", t =>
        {
            t.Description("A limit of the account's risk manager: fractions of equity, a leverage multiple, or a count of positions.");
            t.Field("name", "String!", l => l.Name);
            t.Field("limit", "Decimal!", l => l.Limit);
            t.Field("used", "Decimal!", l => l.Used);
            t.Field("utilization", "Decimal!", l => l.Utilization).Description("used / limit; 1 means the limit is reached.");
            t.Field("blocking", "Boolean!", l => l.Blocking).Description(
                "Whether this limit refuses new risk now. A tripped kill switch stays blocking until reset, and a breached daily loss until 00:00 UTC, even after equity recovers.");
        });
        b.Object<AccountPerformance>("AccountPerformance", t =>
        {
            t.Description("The backtester's metrics for the account: curve figures from the equity samples (null below two), trade figures from every round trip in the journal.");
            t.Field("samples", "Int!", p => p.Samples);
            t.Field("start", "DateTime", p => p.Start);
            t.Field("end", "DateTime", p => p.End);
            t.Field("totalReturn", "Float", p => p.TotalReturn);
            t.Field("sharpe", "Float", p => p.Sharpe).Description("Annualized from the sampling rate.");
            t.Field("sortino", "Float", p => p.Sortino);
            t.Field("maxDrawdown", "Float", p => p.MaxDrawdown);
            t.Field("volatility", "Float", p => p.Volatility).Description("Annualized.");
            t.Field("trades", "Int!", p => p.Trades).Description("Closed round trips.");
            t.Field("winRate", "Float", p => p.WinRate);
            t.Field("profitFactor", "Float", p => p.ProfitFactor).Description("Null without losing trades or without trades.");
            t.Field("netProfit", "Decimal!", p => p.NetProfit);
            t.Field("expectancy", "Decimal!", p => p.Expectancy);
        });
        b.Object<CancelOrderResult>("CancelOrderResult", t =>
        {
            t.Field("clientOrderId", "String!", r => r.ClientOrderId);
            t.Field("outcome", "CancelOutcome!", r => r.Outcome);
            t.Field("cancelled", "Boolean!", r => r.Outcome == CancelOutcome.Cancelled).Description("True only when this call cancelled the order.");
            t.Field("orderId", "Long!", r => r.OrderId);
            t.Field("message", "String!", r => r.Message);
        });
        b.Object<ResumeResult>("ResumeResult", t =>
        {
            t.Field("resumed", "Boolean!", r => r.Resumed).Description("False when the account was not halted.");
            t.Field("restartedStrategies", "Int!", r => r.RestartedStrategies);
        });
    }
}
