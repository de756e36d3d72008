using SmartMarket.Grains.Accounts;
using SmartMarket.Grains.Strategies;
using SmartMarket.Silo.Trading;
using SmartMarket.Trading.Backtesting;
using SmartMarket.Trading.Feeds;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Strategies;

namespace Grains.Tests;

/// <summary>One code path for research and trading: a CSV replayed through the grains trades exactly as the backtester.</summary>
public sealed class ReplayParityTests : IDisposable
{
    private const int Bars = 2_000;
    private const decimal Capital = 10_000m;
    private readonly string _folder = Directory.CreateTempSubdirectory("parity-").FullName;

    [Theory]
    [InlineData("mean-reversion", "Timeframe=1h")]
    [InlineData("mean-reversion", "Timeframe=1h;PositionSizeFraction=0.05")]
    [InlineData("smc-order-block", "Timeframe=1h")]
    [InlineData("mtf-trend", "LowerTimeframe=1h;HigherTimeframe=4h")]
    public async Task CsvReplay_ThroughTheGrains_GivesTheBacktestersTradesAndFinalEquity(string strategy, string parameters)
    {
        // A slice from the middle of the file, so it starts on no particular day boundary.
        var all = CandleCsvReader.ReadAll(SharedData.Path("BTCUSDT-1h.csv"));
        var candles = all[5_003..(5_003 + Bars)];
        var path = Path.Combine(_folder, "BTCUSDT-1h.csv");
        CandleCsvWriter.WriteAll(path, candles);
        var expected = Backtester.Run(
            [new SymbolSeries(new Symbol("BTCUSDT"), Timeframe.H1, candles)],
            new BacktestOptions { Strategy = strategy, Parameters = StrategyParameters.Parse(parameters), Capital = Capital });

        await using var cluster = await GrainCluster.StartAsync();
        var account = cluster.Client.GetGrain<IAccountGrain>("parity");
        await account.OpenAsync(Capital);
        await cluster.Client.GetGrain<IStrategyGrain>("parity/" + strategy + "/BTCUSDT")
            .StartAsync(new StrategyDefinition(strategy, "BTCUSDT", "parity", parameters, null));
        await new CsvReplayFeed([path], 0, TimeProvider.System).RunAsync(new GrainTickSink(cluster.Client), CancellationToken.None);

        var journal = await account.GetJournalAsync();
        var actual = RoundTrips(journal);
        Assert.True(expected.Trades.Count >= 3, $"the backtest made {expected.Trades.Count} trades; the comparison needs a few");
        Assert.Equal(expected.Fills, journal.Count(r => r.Kind == AccountRecordKind.OrderFilled));
        Assert.Equal(expected.Trades.Count, actual.Count);
        for (var i = 0; i < actual.Count; i++)
        {
            var t = expected.Trades[i];
            Assert.Equal((t.Side, t.EntryTime, t.Quantity, t.EntryPrice, t.ExitTime, t.ExitPrice), actual[i]);
        }
        var snapshot = await account.GetSnapshotAsync();
        Assert.Equal(expected.FinalEquity, snapshot.Equity);
        Assert.Equal(expected.Ledger.Cash, snapshot.Cash);
    }

    [Fact]
    public async Task CsvReplay_OfTwoSymbols_GivesTheBacktestersPortfolioTradesAndFinalEquity()
    {
        const string strategy = "mean-reversion";
        const string parameters = "Timeframe=1h;PositionSizeFraction=0.3";
        var from = new DateTime(2022, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        var series = new List<SymbolSeries>();
        var paths = new List<string>();
        foreach (var ticker in new[] { "BTCUSDT", "ETHUSDT" })
        {
            var candles = CandleCsvReader.ReadAll(SharedData.Path(ticker + "-1h.csv")).Where(c => c.OpenTime >= from).Take(Bars).ToArray();
            var path = Path.Combine(_folder, ticker + "-1h.csv");
            CandleCsvWriter.WriteAll(path, candles);
            series.Add(new SymbolSeries(new Symbol(ticker), Timeframe.H1, candles));
            paths.Add(path);
        }
        var expected = Backtester.Run(series, new BacktestOptions { Strategy = strategy, Parameters = StrategyParameters.Parse(parameters), Capital = Capital });

        await using var cluster = await GrainCluster.StartAsync();
        var account = cluster.Client.GetGrain<IAccountGrain>("parity2");
        await account.OpenAsync(Capital);
        foreach (var ticker in new[] { "BTCUSDT", "ETHUSDT" })
        {
            await cluster.Client.GetGrain<IStrategyGrain>("parity2/" + ticker)
                .StartAsync(new StrategyDefinition(strategy, ticker, "parity2", parameters, null));
        }
        await new CsvReplayFeed(paths, 0, TimeProvider.System).RunAsync(new GrainTickSink(cluster.Client), CancellationToken.None);

        var journal = await account.GetJournalAsync();
        var fills = journal.Where(r => r.Kind == AccountRecordKind.OrderFilled).ToList();
        Assert.True(expected.Trades.Count >= 6, $"the backtest made {expected.Trades.Count} trades; the comparison needs a few");
        Assert.Equal(expected.Fills, fills.Count);
        var actual = new List<(string, Side, DateTime, decimal, decimal, DateTime, decimal)>();
        foreach (var ticker in new[] { "BTCUSDT", "ETHUSDT" })
        {
            foreach (var t in RoundTrips([.. fills.Where(f => f.Symbol == ticker)]))
                actual.Add((ticker, t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6));
        }
        var wanted = expected.Trades.Select(t => (t.Symbol.Ticker, t.Side, t.EntryTime, t.Quantity, t.EntryPrice, t.ExitTime, t.ExitPrice));
        Assert.Equal(wanted.OrderBy(t => t.Ticker).ThenBy(t => t.EntryTime), actual.OrderBy(t => t.Item1).ThenBy(t => t.Item3));
        Assert.Equal(expected.FinalEquity, (await account.GetSnapshotAsync()).Equity);
    }

    public void Dispose() => Directory.Delete(_folder, true);

    // Naive pairing: every trade here opens with one fill and closes with one opposite fill of the same size.
    private static List<(Side, DateTime, decimal, decimal, DateTime, decimal)> RoundTrips(IReadOnlyList<AccountJournalRecord> journal)
    {
        var trips = new List<(Side, DateTime, decimal, decimal, DateTime, decimal)>();
        AccountJournalRecord? open = null;
        foreach (var r in journal)
        {
            if (r.Kind != AccountRecordKind.OrderFilled)
                continue;
            if (open is null)
            {
                open = r;
                continue;
            }
            Assert.NotEqual(open.Side, r.Side);
            Assert.Equal(open.Quantity, r.Quantity);
            trips.Add((open.Side, open.Time, open.Quantity, open.Price, r.Time, r.Price));
            open = null;
        }
        return trips;
    }
}
