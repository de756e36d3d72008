using System.Globalization;
using System.Text.Json;
using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Backtesting.Reports;

/// <summary>
/// Writes <c>report.json</c>: <c>metrics</c> (every analytics figure, snake_case, fractions as plain numbers and
/// undefined ratios as null), the run's parameters, per-symbol rows, the trades and sampled equity and buy-and-hold
/// curves. Money is written as exact decimal numbers.
/// </summary>
public static class BacktestJsonReport
{
    /// <summary>Equity points kept in the report; longer curves are sampled evenly, first and last kept.</summary>
    public const int MaxCurvePoints = 2000;

    /// <summary>Writes the report to <paramref name="path"/>, replacing any file there.</summary>
    public static void Write(BacktestResult result, string path)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = File.Create(path);
        Write(result, stream);
    }

    /// <summary>Writes the report as UTF-8 JSON to <paramref name="stream"/>.</summary>
    public static void Write(BacktestResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        WriteMetrics(json, result);
        WriteRun(json, result);
        WriteSymbols(json, result);
        WriteTrades(json, result);
        WriteCurve(json, result);
        json.WriteEndObject();
    }

    private static void WriteMetrics(Utf8JsonWriter json, BacktestResult result)
    {
        var p = result.Performance;
        json.WriteStartObject("metrics");
        Number(json, "total_return", p.TotalReturn);
        Number(json, "cagr", p.Cagr);
        Number(json, "volatility", p.AnnualizedVolatility);
        Number(json, "sharpe", p.Sharpe);
        Number(json, "sortino", p.Sortino);
        Number(json, "calmar", p.Calmar);
        Number(json, "max_drawdown", p.MaxDrawdown);
        Number(json, "max_drawdown_duration_days", p.MaxDrawdownDuration.TotalDays);
        Number(json, "win_rate", p.WinRate);
        Number(json, "profit_factor", p.ProfitFactor);
        json.WriteNumber("expectancy", p.Expectancy);
        json.WriteNumber("net_profit", p.NetProfit);
        Number(json, "exposure", p.Exposure);
        json.WriteNumber("trades", p.TradeCount);
        Number(json, "buy_and_hold_return", p.BenchmarkReturn);
        Number(json, "excess_return", p.ExcessReturn);
        json.WriteNumber("start_equity", p.StartEquity);
        json.WriteNumber("end_equity", result.FinalEquity);
        json.WriteNumber("fees", result.Ledger.Fees);
        json.WriteNumber("realized_pnl", result.Ledger.RealizedPnl);
        json.WriteNumber("ambiguous_exits", result.AmbiguousExits);
        json.WriteNumber("fills", result.Fills);
        json.WriteNumber("venue_rejections", result.VenueRejections);
        json.WriteStartObject("risk_rejections");
        foreach (var (rule, count) in result.RiskRejectionsByRule.OrderBy(static r => r.Key, StringComparer.Ordinal))
            json.WriteNumber(rule, count);
        json.WriteEndObject();
        Number(json, "periods_per_year", p.PeriodsPerYear);
        json.WriteEndObject();
    }

    private static void WriteRun(Utf8JsonWriter json, BacktestResult result)
    {
        var o = result.Options;
        json.WriteStartObject("run");
        json.WriteString("strategy", o.Strategy);
        json.WriteStartObject("parameters");
        foreach (var (name, value) in o.Parameters.Values.OrderBy(static v => v.Key, StringComparer.OrdinalIgnoreCase))
            json.WriteString(name, value);
        json.WriteEndObject();
        json.WriteNumber("capital", o.Capital);
        json.WriteString("start", Time(result.Performance.Start));
        json.WriteString("end", Time(result.Performance.End));
        json.WriteString("from", o.From is { } f ? Time(f) : null);
        json.WriteString("to", o.To is { } t ? Time(t) : null);
        json.WriteNumber("maker_fee_rate", o.Execution.MakerFeeRate);
        json.WriteNumber("taker_fee_rate", o.Execution.TakerFeeRate);
        json.WriteNumber("slippage_bps", o.Execution.SlippageBps);
        json.WriteNumber("volatility_slippage", o.Execution.VolatilitySlippage);
        json.WriteNumber("max_volume_share", o.Execution.MaxVolumeShare);
        json.WriteNumber("quantity_step", o.QuantityStep);
        json.WriteNumber("candles", result.Candles);
        json.WriteEndObject();
    }

    private static void WriteSymbols(Utf8JsonWriter json, BacktestResult result)
    {
        json.WriteStartArray("symbols");
        foreach (var s in result.Symbols)
        {
            json.WriteStartObject();
            json.WriteString("symbol", s.Symbol.Ticker);
            json.WriteString("timeframe", s.Timeframe.ToShortName());
            json.WriteString("start", Time(s.Start));
            json.WriteString("end", Time(s.End));
            json.WriteNumber("candles", s.Candles);
            json.WriteNumber("signals", s.Signals);
            json.WriteNumber("orders", s.Orders);
            json.WriteNumber("risk_rejections", s.RiskRejections);
            json.WriteNumber("skipped_signals", s.Skipped);
            json.WriteNumber("trades", s.Trades);
            Number(json, "win_rate", s.Trades == 0 ? double.NaN : (double)s.Wins / s.Trades);
            json.WriteNumber("net_profit", s.NetProfit);
            json.WriteNumber("open_quantity", s.OpenQuantity);
            Number(json, "buy_and_hold_return", s.BuyAndHoldReturn);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteTrades(Utf8JsonWriter json, BacktestResult result)
    {
        json.WriteStartArray("trades");
        foreach (var t in result.Trades)
        {
            json.WriteStartObject();
            json.WriteString("symbol", t.Symbol.Ticker);
            json.WriteString("side", t.Side == Side.Buy ? "long" : "short");
            json.WriteString("entry_time", Time(t.EntryTime));
            json.WriteNumber("entry_price", t.EntryPrice);
            json.WriteString("exit_time", Time(t.ExitTime));
            json.WriteNumber("exit_price", t.ExitPrice);
            json.WriteNumber("quantity", t.Quantity);
            json.WriteNumber("fees", t.Fees);
            json.WriteNumber("net_profit", t.NetProfit);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteCurve(Utf8JsonWriter json, BacktestResult result)
    {
        json.WriteStartArray("equity_curve");
        foreach (var i in CurveSampler.Indices(result.Equity.Count, MaxCurvePoints))
        {
            var point = result.Equity[i];
            json.WriteStartObject();
            json.WriteString("time", Time(point.Time));
            json.WriteNumber("equity", point.Equity);
            Number(json, "buy_and_hold", result.BenchmarkEquity[i]);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
            json.WriteNumber(name, value);
        else
            json.WriteNull(name); // JSON has no NaN or infinity: an undefined ratio reads as null
    }

    private static string Time(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
