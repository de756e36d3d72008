namespace SmartMarket.Api.Backtests;

/// <summary>A backtest as the API shows it at one moment: immutable, so a subscriber may hold it while the run goes on.</summary>
/// <param name="Id">The id <c>runBacktest</c> returned.</param>
/// <param name="Owner">The user who submitted it.</param>
/// <param name="Strategy">The strategy's name.</param>
/// <param name="Data">What it runs over: the data files, or the synthetic market's symbols and days.</param>
/// <param name="State">Queued, running, completed or failed.</param>
/// <param name="Progress">Fraction of candles done, 0..1.</param>
/// <param name="SubmittedAt">When it was submitted (UTC).</param>
/// <param name="FinishedAt">When it completed or failed (UTC); null before.</param>
/// <param name="Error">Why it failed; null otherwise.</param>
/// <param name="ReportPath">Where report.json was written; null until completed.</param>
/// <param name="Metrics">The report's headline figures; null until completed.</param>
public sealed record BacktestView(
    string Id,
    string Owner,
    string Strategy,
    string Data,
    BacktestState State,
    double Progress,
    DateTime SubmittedAt,
    DateTime? FinishedAt,
    string? Error,
    string? ReportPath,
    BacktestMetrics? Metrics)
{
    /// <summary>True once the run completed or failed: no further update follows.</summary>
    public bool IsFinal => State is BacktestState.Completed or BacktestState.Failed;
}
