namespace SmartMarket.Trading.Backtesting.Reports;

/// <summary>The report's stylesheet, inlined so the page opens offline.</summary>
internal static class HtmlReportStyle
{
    public const string Css = """
        :root { --ink:#0f172a; --muted:#64748b; --line:#e2e8f0; --bg:#f8fafc; --card:#ffffff; --accent:#2563eb; --bench:#94a3b8; --good:#059669; --bad:#dc2626; }
        * { box-sizing: border-box; }
        body { margin:0; background:var(--bg); color:var(--ink); font:14px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        header { background:#0f172a; color:#f8fafc; padding:28px 40px 24px; }
        header h1 { margin:0 0 4px; font-size:24px; font-weight:600; letter-spacing:-0.01em; }
        header p { margin:0; color:#cbd5e1; }
        main { max-width:1180px; margin:0 auto; padding:24px 40px 48px; }
        section { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:20px 24px; margin:0 0 20px; }
        h2 { margin:0 0 12px; font-size:16px; font-weight:600; }
        .kpis { display:grid; grid-template-columns:repeat(auto-fill, minmax(170px, 1fr)); gap:12px; margin:0 0 20px; }
        .kpi { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:14px 16px; }
        .kpi .label { color:var(--muted); font-size:12px; text-transform:uppercase; letter-spacing:0.04em; }
        .kpi .value { font-size:22px; font-weight:600; font-variant-numeric:tabular-nums; }
        .good { color:var(--good); } .bad { color:var(--bad); }
        .chart { width:100%; height:auto; display:block; }
        .chart .grid { stroke:var(--line); stroke-width:1; }
        .chart .axis, .chart .tick { stroke:#94a3b8; stroke-width:1; }
        .chart text { fill:var(--muted); font-size:11px; font-variant-numeric:tabular-nums; }
        .chart .line { fill:none; stroke-width:1.6; stroke-linejoin:round; }
        .chart .area { opacity:0.18; stroke:none; }
        .legend { display:flex; gap:18px; margin:0 0 8px; color:var(--muted); font-size:12px; }
        .legend span::before { content:""; display:inline-block; width:14px; height:3px; margin:0 6px 3px 0; background:var(--c); vertical-align:middle; }
        table { width:100%; border-collapse:collapse; font-variant-numeric:tabular-nums; }
        th, td { padding:6px 10px; border-bottom:1px solid var(--line); text-align:right; white-space:nowrap; }
        th { color:var(--muted); font-weight:600; font-size:12px; text-transform:uppercase; letter-spacing:0.03em; }
        th:first-child, td:first-child { text-align:left; }
        tbody tr:hover { background:#f1f5f9; }
        .scroll { max-height:520px; overflow:auto; }
        .cols { display:grid; grid-template-columns:1fr 1fr; gap:20px; }
        .note { color:var(--muted); font-size:12px; margin:8px 0 0; }
        footer { color:var(--muted); font-size:12px; text-align:center; padding:0 0 32px; }
        """;
}
