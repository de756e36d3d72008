using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace SmartMarket.AppHost.Live;

/// <summary>Lays one <see cref="LiveFrame"/> out as Spectre tables.</summary>
internal static class LiveTable
{
    public static IRenderable Render(LiveFrame f)
    {
        var c = CultureInfo.InvariantCulture;
        var market = new Table().Title("market").AddColumns("symbol", "price", "time (UTC)", "EMA20 1m", "RSI14 1m", "SMC 5m trend");
        foreach (var s in f.Symbols)
            market.AddRow(s.Symbol, s.LastPrice.ToString(c), s.LastTime.ToString("yyyy-MM-dd HH:mm:ss", c), Num(s.Ema), Num(s.Rsi), s.Trend);
        var signals = new Table().Title($"last signals ({f.Signals} in all)").AddColumns("time", "strategy", "side", "entry", "stop", "model");
        foreach (var e in f.RecentSignals)
        {
            signals.AddRow(e.Signal.Time.ToString("HH:mm", c), Markup.Escape(e.Signal.Strategy + " " + e.Signal.Symbol.Ticker), e.Signal.Side.ToString(),
                e.Signal.Entry.ToString(c), e.Signal.Stop.ToString(c), e.ModelScore.ToString("0.00", c));
        }
        var a = f.Account;
        var positions = new Table().Title($"account {Markup.Escape(a.AccountId)}{(a.Halted ? " [red]HALTED[/]" : string.Empty)}")
            .AddColumns("symbol", "quantity", "entry", "mark", "unrealized");
        foreach (var p in a.Positions)
            positions.AddRow(p.Symbol, p.Quantity.ToString(c), Round(p.AverageEntryPrice), p.MarkPrice.ToString(c), Round(p.UnrealizedPnl));
        var summary = new Markup(Markup.Escape(string.Create(c,
            $"equity {a.Equity:0.00}  cash {a.Cash:0.00}  realized {a.RealizedPnl:0.00}  fees {a.Fees:0.00}  orders {a.Orders}  fills {a.Fills}  open orders {a.OpenOrders}")));
        var runtime = new Markup(Markup.Escape(string.Create(c,
            $"{f.Feed} | {f.Ticks} trades | runtime {f.CallsPerSecond:0} calls/s, {f.Activations} activations | {f.Elapsed.TotalSeconds:0} s | Ctrl+C stops")));
        return new Rows(market, signals, positions, summary, runtime);
    }

    private static string Num(double v) => double.IsFinite(v) ? v.ToString("0.####", CultureInfo.InvariantCulture) : "-";

    private static string Round(decimal v) => Math.Round(v, 4).ToString(CultureInfo.InvariantCulture);
}
