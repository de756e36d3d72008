using SmartMarket.Trading.Analytics;
using SmartMarket.Trading.Portfolio;

namespace SmartMarket.Trading.Backtesting;

/// <summary>Everything a backtest produced: metrics, the books, per-symbol rows, trades and the equity curve.</summary>
public sealed record BacktestResult
{
    /// <summary>The options the run used.</summary>
    public required BacktestOptions Options { get; init; }

    /// <summary>Metrics of the equity curve and closed trades, against the equal-weight buy-and-hold of the symbols.</summary>
    public required PerformanceReport Performance { get; init; }

    public required IReadOnlyList<SymbolResult> Symbols { get; init; }

    /// <summary>Closed round trips in the order they closed.</summary>
    public required IReadOnlyList<ClosedTrade> Trades { get; init; }

    /// <summary>Equity after every distinct bar close, oldest first.</summary>
    public required IReadOnlyList<EquityPoint> Equity { get; init; }

    /// <summary>Equity of the equal-weight buy-and-hold of the same capital at the same times as <see cref="Equity"/>.</summary>
    public required IReadOnlyList<double> BenchmarkEquity { get; init; }

    /// <summary>The ledger's books at the end; open positions are valued at the last close in <see cref="FinalEquity"/>.</summary>
    public required LedgerState Ledger { get; init; }

    /// <summary>Cash plus open positions at the last close.</summary>
    public required decimal FinalEquity { get; init; }

    /// <summary>Bars where a bracket's stop and target were both touched and the worse outcome was assumed.</summary>
    public required long AmbiguousExits { get; init; }

    /// <summary>Orders the venue refused, each with a reason (such as a bracket level already crossed).</summary>
    public required int VenueRejections { get; init; }

    /// <summary>Risk refusals per rule name.</summary>
    public required IReadOnlyDictionary<string, int> RiskRejectionsByRule { get; init; }

    /// <summary>Fills booked.</summary>
    public required int Fills { get; init; }

    /// <summary>Data candles processed over all symbols.</summary>
    public required long Candles { get; init; }
}
