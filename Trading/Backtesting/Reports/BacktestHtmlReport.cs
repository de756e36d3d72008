using System.Globalization;
using System.Text;
using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Backtesting.Reports;

/// <summary>
/// Writes <c>report.html</c>: one self-contained page (inline CSS and SVG, no script or network needed) with headline
/// figures, equity against buy-and-hold, the drawdown, every metric, per-symbol rows, the trades and the run's settings.
/// </summary>
public static class BacktestHtmlReport
{
    /// <summary>Trades listed in the page; the full list is in report.json.</summary>
    public const int MaxTradeRows = 1000;

    /// <summary>Writes the page to <paramref name="path"/>, replacing any file there.</summary>
    public static void Write(BacktestResult result, string path)
    {
        ArgumentNullException.ThrowIfNull(result);
        File.WriteAllText(path, Render(result), Encoding.UTF8);
    }

    /// <summary>The page as text.</summary>
    public static string Render(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var p = result.Performance;
        var symbols = string.Join(", ", result.Symbols.Select(static s => $"{s.Symbol} {s.Timeframe.ToShortName()}"));
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append($"<title>Backtest · {Esc(result.Options.Strategy)} · {Esc(symbols)}</title><style>{HtmlReportStyle.Css}</style></head><body>");
        html.Append($"<header><h1>Backtest report · {Esc(result.Options.Strategy)}</h1>");
        html.Append($"<p>{Esc(symbols)} · {Date(p.Start)} to {Date(p.End)} · capital {Money(result.Options.Capital)}</p></header><main>");
        AppendKpis(html, result);
        AppendCharts(html, result);
        html.Append("<div class=\"cols\">");
        AppendMetrics(html, result);
        AppendRun(html, result);
        html.Append("</div>");
        AppendSymbols(html, result);
        AppendTrades(html, result);
        html.Append($"</main><footer>SmartMarket backtester · {result.Candles.ToString("N0", CultureInfo.InvariantCulture)} candles · orders fill from the bar after the decision</footer></body></html>");
        return html.ToString();
    }

    private static void AppendKpis(StringBuilder html, BacktestResult r)
    {
        var p = r.Performance;
        html.Append("<div class=\"kpis\">");
        Kpi(html, "Total return", Pct(p.TotalReturn), Tone(p.TotalReturn));
        Kpi(html, "Buy &amp; hold", Pct(p.BenchmarkReturn), Tone(p.BenchmarkReturn));
        Kpi(html, "Sharpe", Num(p.Sharpe), Tone(p.Sharpe));
        Kpi(html, "Max drawdown", Pct(-p.MaxDrawdown), p.MaxDrawdown > 0 ? "bad" : "");
        Kpi(html, "Win rate", Pct(p.WinRate), "");
        Kpi(html, "Trades", p.TradeCount.ToString("N0", CultureInfo.InvariantCulture), "");
        Kpi(html, "Profit factor", Num(p.ProfitFactor), "");
        Kpi(html, "Ambiguous exits", r.AmbiguousExits.ToString("N0", CultureInfo.InvariantCulture), r.AmbiguousExits > 0 ? "bad" : "");
        html.Append("</div>");
    }

    private static void AppendCharts(StringBuilder html, BacktestResult r)
    {
        var indices = CurveSampler.Indices(r.Equity.Count, BacktestJsonReport.MaxCurvePoints);
        var times = new DateTime[indices.Count];
        var equity = new double[indices.Count];
        var bench = new double[indices.Count];
        var drawdown = new double[indices.Count];
        var peak = double.NegativeInfinity;
        for (var k = 0; k < indices.Count; k++)
        {
            times[k] = r.Equity[indices[k]].Time;
            equity[k] = (double)r.Equity[indices[k]].Equity;
            bench[k] = r.BenchmarkEquity[indices[k]];
        }
        // Drawdown from every point, not only the sampled ones, so the chart's trough equals the reported maximum.
        var next = 0;
        for (var i = 0; i < r.Equity.Count; i++)
        {
            var e = (double)r.Equity[i].Equity;
            peak = Math.Max(peak, e);
            var dd = e / peak - 1;
            // The deepest point since the previous sample shows at the next one.
            if (next < indices.Count)
                drawdown[next] = Math.Min(drawdown[next], dd);
            if (next < indices.Count && indices[next] == i)
                next++;
        }
        html.Append("<section><h2>Equity vs buy-and-hold</h2><div class=\"legend\"><span style=\"--c:#2563eb\">Strategy equity</span><span style=\"--c:#94a3b8\">Buy &amp; hold (equal weight)</span></div>");
        html.Append(SvgChart.Render("equity-chart", times, [new("Buy & hold", "#94a3b8", bench), new("Strategy equity", "#2563eb", equity)], Money));
        html.Append("</section><section><h2>Drawdown</h2>");
        // Shallow drawdowns need decimals, or every tick of a 0-1.2 % axis reads "-1 %".
        var deepest = 0.0;
        foreach (var d in drawdown)
            deepest = Math.Min(deepest, d);
        var decimals = deepest > -0.05 ? 2 : deepest > -0.2 ? 1 : 0;
        html.Append(SvgChart.Render("drawdown-chart", times, [new("Drawdown", "#dc2626", drawdown, Filled: true)], v => Pct(v, decimals)));
        html.Append("</section>");
    }

    private static void AppendMetrics(StringBuilder html, BacktestResult r)
    {
        var p = r.Performance;
        html.Append("<section><h2>Metrics</h2><table><tbody>");
        Row(html, "Total return", Pct(p.TotalReturn));
        Row(html, "CAGR", Pct(p.Cagr));
        Row(html, "Annualized volatility", Pct(p.AnnualizedVolatility));
        Row(html, "Sharpe ratio", Num(p.Sharpe));
        Row(html, "Sortino ratio", Num(p.Sortino));
        Row(html, "Calmar ratio", Num(p.Calmar));
        Row(html, "Max drawdown", Pct(p.MaxDrawdown));
        Row(html, "Longest drawdown", $"{p.MaxDrawdownDuration.TotalDays.ToString("F1", CultureInfo.InvariantCulture)} days");
        Row(html, "Trades", p.TradeCount.ToString(CultureInfo.InvariantCulture));
        Row(html, "Win rate", Pct(p.WinRate));
        Row(html, "Profit factor", Num(p.ProfitFactor));
        Row(html, "Expectancy per trade", Money(p.Expectancy));
        Row(html, "Net profit of closed trades", Money(p.NetProfit));
        Row(html, "Exposure", Pct(p.Exposure));
        Row(html, "Buy &amp; hold return", Pct(p.BenchmarkReturn));
        Row(html, "Excess return", Pct(p.ExcessReturn));
        Row(html, "Final equity", Money(r.FinalEquity));
        Row(html, "Fees paid", Money(r.Ledger.Fees));
        Row(html, "Ambiguous exits (worse outcome assumed)", r.AmbiguousExits.ToString(CultureInfo.InvariantCulture));
        Row(html, "Orders refused by the venue", r.VenueRejections.ToString(CultureInfo.InvariantCulture));
        foreach (var (rule, count) in r.RiskRejectionsByRule.OrderBy(static x => x.Key, StringComparer.Ordinal))
            Row(html, $"Refused by risk: {Esc(rule)}", count.ToString(CultureInfo.InvariantCulture));
        html.Append("</tbody></table></section>");
    }

    private static void AppendRun(StringBuilder html, BacktestResult r)
    {
        var o = r.Options;
        html.Append("<section><h2>Run</h2><table><tbody>");
        Row(html, "Strategy", Esc(o.Strategy));
        foreach (var (name, value) in o.Parameters.Values.OrderBy(static v => v.Key, StringComparer.OrdinalIgnoreCase))
            Row(html, Esc(name), Esc(value));
        Row(html, "Capital", Money(o.Capital));
        Row(html, "Period", $"{Date(r.Performance.Start)} – {Date(r.Performance.End)}");
        Row(html, "Maker / taker fee", $"{Bps(o.Execution.MakerFeeRate * 10_000m)} / {Bps(o.Execution.TakerFeeRate * 10_000m)}");
        Row(html, "Slippage", $"{Bps(o.Execution.SlippageBps)} + {o.Execution.VolatilitySlippage.ToString(CultureInfo.InvariantCulture)} × bar range");
        Row(html, "Volume cap per bar", Pct((double)o.Execution.MaxVolumeShare));
        Row(html, "Max position", Pct((double)o.Risk.MaxPositionFraction));
        Row(html, "Daily loss limit", Pct((double)o.Risk.DailyLossLimitFraction));
        Row(html, "Drawdown kill switch", Pct((double)o.Risk.MaxDrawdownFraction));
        Row(html, "Candles", r.Candles.ToString("N0", CultureInfo.InvariantCulture));
        Row(html, "Fills", r.Fills.ToString("N0", CultureInfo.InvariantCulture));
        html.Append("</tbody></table></section>");
    }

    private static void AppendSymbols(StringBuilder html, BacktestResult r)
    {
        html.Append("<section><h2>Symbols</h2><table><thead><tr><th>Symbol</th><th>Candles</th><th>Signals</th><th>Orders</th><th>Risk refusals</th><th>Trades</th><th>Win rate</th><th>Net profit</th><th>Open qty</th><th>Buy &amp; hold</th></tr></thead><tbody>");
        foreach (var s in r.Symbols)
        {
            html.Append($"<tr><td>{Esc(s.Symbol.Ticker)} {s.Timeframe.ToShortName()}</td><td>{s.Candles:N0}</td><td>{s.Signals}</td><td>{s.Orders}</td><td>{s.RiskRejections}</td><td>{s.Trades}</td>");
            html.Append($"<td>{Pct(s.Trades == 0 ? double.NaN : (double)s.Wins / s.Trades)}</td><td class=\"{Tone((double)s.NetProfit)}\">{Money(s.NetProfit)}</td>");
            html.Append($"<td>{s.OpenQuantity.ToString("0.########", CultureInfo.InvariantCulture)}</td><td>{Pct(s.BuyAndHoldReturn)}</td></tr>");
        }
        html.Append("</tbody></table></section>");
    }

    private static void AppendTrades(StringBuilder html, BacktestResult r)
    {
        html.Append($"<section><h2>Trades ({r.Trades.Count.ToString("N0", CultureInfo.InvariantCulture)})</h2><div class=\"scroll\"><table id=\"trades\"><thead><tr><th>#</th><th>Symbol</th><th>Side</th><th>Entry time</th><th>Entry</th><th>Exit time</th><th>Exit</th><th>Quantity</th><th>Fees</th><th>Net profit</th></tr></thead><tbody>");
        var shown = Math.Min(r.Trades.Count, MaxTradeRows);
        for (var i = 0; i < shown; i++)
        {
            var t = r.Trades[i];
            var net = t.NetProfit;
            html.Append($"<tr><td>{i + 1}</td><td>{Esc(t.Symbol.Ticker)}</td><td>{(t.Side == Side.Buy ? "Long" : "Short")}</td><td>{Stamp(t.EntryTime)}</td><td>{Price(t.EntryPrice)}</td>");
            html.Append($"<td>{Stamp(t.ExitTime)}</td><td>{Price(t.ExitPrice)}</td><td>{t.Quantity.ToString("0.########", CultureInfo.InvariantCulture)}</td><td>{Money(t.Fees)}</td><td class=\"{Tone((double)net)}\">{Money(net)}</td></tr>");
        }
        html.Append("</tbody></table></div>");
        if (r.Trades.Count > shown)
            html.Append($"<p class=\"note\">First {shown:N0} of {r.Trades.Count:N0} trades shown; report.json lists them all.</p>");
        html.Append("</section>");
    }

    private static void Kpi(StringBuilder html, string label, string value, string tone) =>
        html.Append($"<div class=\"kpi\"><div class=\"label\">{label}</div><div class=\"value {tone}\">{value}</div></div>");

    private static void Row(StringBuilder html, string name, string value) => html.Append($"<tr><td>{name}</td><td>{value}</td></tr>");

    private static string Tone(double value) => value > 0 ? "good" : value < 0 ? "bad" : "";

    private static string Pct(double value) => Pct(value, 2);

    private static string Pct(double value, int decimals) =>
        double.IsFinite(value) ? (value * 100).ToString("F" + decimals, CultureInfo.InvariantCulture) + " %" : "–";

    private static string Num(double value) => double.IsFinite(value) ? value.ToString("F2", CultureInfo.InvariantCulture) : double.IsPositiveInfinity(value) ? "∞" : "–";

    private static string Money(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Money(decimal value) => value.ToString("N2", CultureInfo.InvariantCulture);

    private static string Price(decimal value) => value.ToString(value >= 100 ? "N2" : "0.#####", CultureInfo.InvariantCulture);

    private static string Bps(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture) + " bps";

    private static string Date(DateTime time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Stamp(DateTime time) => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Esc(string text) => SvgChart.Escape(text);
}
