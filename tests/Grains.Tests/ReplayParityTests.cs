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
