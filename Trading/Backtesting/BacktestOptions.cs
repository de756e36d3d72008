using SmartMarket.Trading.Analytics;
using SmartMarket.Trading.Execution;
using SmartMarket.Trading.Risk;
using SmartMarket.Trading.Strategies;

namespace SmartMarket.Trading.Backtesting;

/// <summary>What to run and under which costs and limits. Dates are UTC; <see cref="To"/> is exclusive.</summary>
public sealed record BacktestOptions
{
    /// <summary>Strategy name as <see cref="StrategyFactory"/> knows it, e.g. <c>smc-order-block</c>.</summary>
    public required string Strategy { get; init; }

    /// <summary>Strategy parameters; the same for every symbol.</summary>
    public StrategyParameters Parameters { get; init; } = StrategyParameters.Empty;

    /// <summary>Starting cash in the quote currency.</summary>
    public decimal Capital { get; init; } = 10_000m;

    /// <summary>First bar open time included; null for the start of the data.</summary>
    public DateTime? From { get; init; }

    /// <summary>Bars opening at or after this time are left out; null for the end of the data.</summary>
    public DateTime? To { get; init; }

    /// <summary>
    /// Quantity step orders are rounded down to (an exchange's lot size); 0.00000001 by default, which also keeps
    /// the decimal arithmetic of fills and marks short.
    /// </summary>
    public decimal QuantityStep { get; init; } = 0.00000001m;

    /// <summary>Fees, slippage and fill rules of the paper venue.</summary>
    public ExecutionSimulatorOptions Execution { get; init; } = new();

    /// <summary>
    /// Lower-timeframe candles inside each bar (for example 1m under 1h). The simulator replays a bar through them when
    /// it touches both a bracket's stop and its target; without them it assumes the stop came first and counts the
    /// trade in <see cref="BacktestResult.AmbiguousExits"/>.
    /// </summary>
    public ILowerTimeframeSource? LowerTimeframe { get; init; }

    /// <summary>Limits every order must pass.</summary>
    public RiskOptions Risk { get; init; } = new();

    /// <summary>Annualization conventions of the metrics.</summary>
    public PerformanceOptions Performance { get; init; } = new();

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first option that is wrong.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Strategy))
            throw new ArgumentException("a strategy name is required", nameof(Strategy));
        ArgumentNullException.ThrowIfNull(Parameters, nameof(Parameters));
        if (Capital <= 0m)
            throw new ArgumentOutOfRangeException(nameof(Capital), Capital, "capital must be greater than zero");
        if (From is { Kind: not DateTimeKind.Utc })
            throw new ArgumentException($"From {From:O} must be UTC", nameof(From));
        if (To is { Kind: not DateTimeKind.Utc })
            throw new ArgumentException($"To {To:O} must be UTC", nameof(To));
        if (From is { } from && To is { } to && to <= from)
            throw new ArgumentException($"To {to:O} must be after From {from:O}", nameof(To));
        if (QuantityStep < 0m)
            throw new ArgumentOutOfRangeException(nameof(QuantityStep), QuantityStep, "quantity step must be zero (none) or positive");
        Execution.Validate();
        Risk.Validate();
        Performance.Validate();
    }
}
