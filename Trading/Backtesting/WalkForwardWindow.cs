using SmartMarket.Trading.Analytics;
using SmartMarket.Trading.Strategies;

namespace SmartMarket.Trading.Backtesting;

/// <summary>One walk-forward step: the parameters chosen on the training span and how they did on the unseen test span that follows.</summary>
/// <param name="TrainStart">Inclusive UTC bar open time.</param>
/// <param name="TestStart">Also the end (exclusive) of training.</param>
/// <param name="TestEnd">Exclusive.</param>
public sealed record WalkForwardWindow(
    int Index,
    DateTime TrainStart,
    DateTime TestStart,
    DateTime TestEnd,
    StrategyParameters Chosen,
    PerformanceReport Train,
    PerformanceReport Test,
    int TestTrades);
