namespace SmartMarket.Api.Backtests;

/// <summary>Where a backtest submitted through the API stands.</summary>
public enum BacktestState
{
    /// <summary>Waiting for a free runner.</summary>
    Queued,

    /// <summary>Loading data or running.</summary>
    Running,

    /// <summary>Done: metrics and report.json are available.</summary>
    Completed,

    /// <summary>Stopped with an error (bad data file, invalid options).</summary>
    Failed,
}
