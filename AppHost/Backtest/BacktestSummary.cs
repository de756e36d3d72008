using System.Globalization;
using SmartMarket.Trading.Backtesting;

namespace SmartMarket.AppHost.Backtest;

/// <summary>The table printed at the end of a backtest.</summary>
public static class BacktestSummary
{
    public static void Print(BacktestResult result, string outputFolder, TextWriter output)
    {
        var p = result.Performance;
        var rows = new (string Name, string Value)[]
        {
            ("Strategy", result.Options.Strategy),
            ("Symbols", string.Join(", ", result.Symbols.Select(static s => s.Symbol.Ticker))),
            ("Period", $"{p.Start:yyyy-MM-dd HH:mm} to {p.End:yyyy-MM-dd HH:mm} UTC"),
            ("Candles", result.Candles.ToString("N0", CultureInfo.InvariantCulture)),
            ("Final equity", result.FinalEquity.ToString("N2", CultureInfo.InvariantCulture)),
            ("Total return", Pct(p.TotalReturn)),
            ("Buy & hold return", Pct(p.BenchmarkReturn)),
            ("Sharpe", Num(p.Sharpe)),
            ("Max drawdown", Pct(p.MaxDrawdown)),
            ("Trades", p.TradeCount.ToString(CultureInfo.InvariantCulture)),
            ("Win rate", Pct(p.WinRate)),
            ("Profit factor", Num(p.ProfitFactor)),
            ("Ambiguous exits", result.AmbiguousExits.ToString(CultureInfo.InvariantCulture)),
            ("Report", Path.Combine(outputFolder, "report.html")),
        };
        var nameWidth = rows.Max(static r => r.Name.Length);
        var valueWidth = rows.Max(static r => r.Value.Length);
        var rule = $"+{new string('-', nameWidth + 2)}+{new string('-', valueWidth + 2)}+";
        output.WriteLine(rule);
        foreach (var (name, value) in rows)
            output.WriteLine($"| {name.PadRight(nameWidth)} | {value.PadLeft(valueWidth)} |");
        output.WriteLine(rule);
    }

    private static string Pct(double value) => double.IsFinite(value) ? (value * 100).ToString("F2", CultureInfo.InvariantCulture) + " %" : "n/a";

    private static string Num(double value) => double.IsFinite(value) ? value.ToString("F2", CultureInfo.InvariantCulture) : "n/a";
}
