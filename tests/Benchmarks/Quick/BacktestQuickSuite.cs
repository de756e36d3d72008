using System.Diagnostics;
using Benchmarks.Backtest;
using SmartMarket.Trading.Backtesting;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Strategies;

namespace Benchmarks.Quick;

/// <summary>
/// The backtester's hot loop: the SMC order block strategy deciding on every 1m candle, with sizing and risk checks,
/// the execution simulator and the ledger, on one thread; streaming indicator updates; and a bare loop summing the
/// candles' closes as the baseline measured in the same run.
/// </summary>
public sealed class BacktestQuickSuite : IQuickSuite
{
    private const int Runs = 5;

    // Tiered compilation runs hot methods instrumented (PGO) before optimizing them, and a loop entered few times stays
    // in on-stack-replacement code: timing starts after enough runs for the steady state a long backtest lives in.
    private const int WarmupRuns = 20;
    private const int IndicatorPasses = 20;

    public string Name => "backtest";

    public Task<QuickReport> RunAsync(CancellationToken cancellationToken)
    {
        var (candles, source) = BenchmarkCandles.Load();
        var series = new[] { new SymbolSeries(BenchmarkCandles.Symbol, Timeframe.M1, candles) };
        var options = new BacktestOptions { Strategy = OrderBlockStrategy.StrategyName, Parameters = StrategyParameters.Parse("Timeframe=1m") };

        for (var i = 0; i < WarmupRuns; i++)
            Backtester.Run(series, options, cancellationToken: cancellationToken);
        var best = double.MaxValue;
        BacktestResult? result = null;
        for (var i = 0; i < Runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            result = Backtester.Run(series, options, cancellationToken: cancellationToken);
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
        var candlesPerSec = candles.Length / best;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        Backtester.Run(series, options, cancellationToken: cancellationToken);
        var bytesPerCandle = (double)(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / candles.Length;

        var (high, low, close) = IndicatorLoop.Prices(candles);
        IndicatorLoop.Run(high, low, close);
        var indicatorStarted = Stopwatch.GetTimestamp();
        var checksum = 0d;
        for (var i = 0; i < IndicatorPasses; i++)
            checksum += IndicatorLoop.Run(high, low, close);
        var indicatorSeconds = Stopwatch.GetElapsedTime(indicatorStarted).TotalSeconds;
        var indicatorUpdates = (double)IndicatorPasses * close.Length * IndicatorLoop.UpdatesPerCandle / indicatorSeconds;

        var baselinePerSec = BaselineCandlesPerSecond(candles);
        var strategyPerSec = StrategyCandlesPerSecond(candles);
        return Task.FromResult(new QuickReport(Name)
            .Add("candles_per_sec", candlesPerSec, "candles/s",
                $"smc-order-block on every 1m bar + risk + execution + ledger + analytics, one symbol, one thread, {candles.Length:N0} candles of {source}, best of {Runs} after {WarmupRuns} warm-up runs; {result!.Performance.TradeCount} trades from {result.Symbols[0].Signals} signals, {result.Symbols[0].RiskRejections} risk rejections")
            .Add("allocated_bytes_per_candle", bytesPerCandle, "bytes", "whole run: the stored equity curve (32 bytes a point) plus the orders, fills and journal of every trade")
            .Add("indicator_updates_per_sec", indicatorUpdates, "updates/s", $"SMA(20), EMA(20), RSI(14), ATR(14) over the same closes, {IndicatorPasses} passes (checksum {checksum:G6})")
            .Add("strategy_only_candles_per_sec", strategyPerSec, "candles/s", "the same strategy fed directly, without the rest of the backtest")
            .Add("baseline_candles_per_sec", baselinePerSec, "candles/s", "bare loop summing the decimal closes of the candle array")
            .Add("backtest_vs_baseline_ratio", candlesPerSec / baselinePerSec, "x", "backtest speed as a share of the bare loop"));
    }

    private static double StrategyCandlesPerSecond(Candle[] candles)
    {
        var strategy = StrategyFactory.Create(OrderBlockStrategy.StrategyName, BenchmarkCandles.Symbol, StrategyParameters.Parse("Timeframe=1m"));
        var best = double.MaxValue;
        for (var run = 0; run < WarmupRuns + Runs; run++)
        {
            strategy.Reset();
            var started = Stopwatch.GetTimestamp();
            foreach (ref readonly var candle in candles.AsSpan())
                strategy.OnCandle(Timeframe.M1, candle);
            if (run >= WarmupRuns)
                best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
        return candles.Length / best;
    }

    private static double BaselineCandlesPerSecond(Candle[] candles)
    {
        const int passes = 20;
        var sum = 0m;
        var started = Stopwatch.GetTimestamp();
        for (var p = 0; p < passes; p++)
        {
            foreach (ref readonly var candle in candles.AsSpan())
                sum += candle.Close;
        }
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        GC.KeepAlive(sum);
        return (double)passes * candles.Length / seconds;
    }
}
