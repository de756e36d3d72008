using SmartMarket.Grains.Accounts;
using SmartMarket.Trading.MarketData;

namespace Grains.Tests;

/// <summary>The embedded stack killed with SIGKILL while trading, then started again on the same files.</summary>
public sealed class CrashTests : IDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "sm-crash-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Kill_WhileTrading_KeepsEveryAcknowledgedFillAndNeverExecutesAnOrderTwice()
    {
        long acknowledgedOrders;
        long acknowledgedFills;
        using (var first = AppHostProcess.Start(_dataDir))
        {
            var line = await first.WaitForLineAsync(l => AppHostProcess.Counter(l, "fills") >= 3, TimeSpan.FromSeconds(90));
            acknowledgedOrders = AppHostProcess.Counter(line, "orders");
            acknowledgedFills = AppHostProcess.Counter(line, "fills");
            first.Kill();
        }
        using (var second = AppHostProcess.Start(_dataDir, "--duration", "6"))
        {
            var exit = await second.WaitForExitAsync(TimeSpan.FromSeconds(90));
            Assert.True(exit == 0, $"the restarted AppHost exited with {exit}:\n{second.Output}");
        }

        await using var cluster = await GrainCluster.StartAsync(Path.Combine(_dataDir, "grains"));
        var account = cluster.Client.GetGrain<IAccountGrain>("paper");
        var journal = await account.GetJournalAsync();
        var snapshot = await account.GetSnapshotAsync();

        Assert.True(snapshot.Orders >= acknowledgedOrders, $"orders {snapshot.Orders} < acknowledged {acknowledgedOrders}");
        Assert.True(snapshot.Fills >= acknowledgedFills, $"fills {snapshot.Fills} < acknowledged {acknowledgedFills}");
        for (var i = 0; i < journal.Count; i++)
            Assert.Equal(i + 1, journal[i].Sequence);
        AssertNoOrderExecutedTwice(journal);
        AssertLedgerMatchesJournal(journal, snapshot);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDir))
            Directory.Delete(_dataDir, recursive: true);
    }

    private static void AssertNoOrderExecutedTwice(IReadOnlyList<AccountJournalRecord> journal)
    {
        var accepted = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var filled = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var r in journal)
        {
            if (r.Kind == AccountRecordKind.OrderAccepted)
                Assert.True(accepted.TryAdd(r.ClientOrderId!, r.Quantity), $"order {r.ClientOrderId} accepted twice");
            else if (r.Kind == AccountRecordKind.OrderFilled)
                filled[r.ClientOrderId!] = filled.GetValueOrDefault(r.ClientOrderId!) + r.Quantity;
        }
        foreach (var (id, quantity) in filled)
        {
            Assert.True(accepted.TryGetValue(id, out var ordered), $"fill for {id}, which was never accepted");
            Assert.True(quantity <= ordered, $"{id} filled {quantity} of {ordered}");
        }
    }

    // Cash and positions recomputed from the journal by plain arithmetic, independent of the Ledger class.
    private static void AssertLedgerMatchesJournal(IReadOnlyList<AccountJournalRecord> journal, AccountSnapshot snapshot)
    {
        var cash = 0m;
        var positions = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var r in journal)
        {
            if (r.Kind == AccountRecordKind.Deposited)
                cash += r.Amount;
            if (r.Kind != AccountRecordKind.OrderFilled)
                continue;
            var sign = r.Side == Side.Buy ? 1m : -1m;
            cash -= sign * r.Quantity * r.Price + r.Amount;
            positions[r.Symbol!] = positions.GetValueOrDefault(r.Symbol!) + sign * r.Quantity;
        }
        Assert.Equal(cash, snapshot.Cash);
        var open = positions.Where(p => p.Value != 0m).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        Assert.Equal(open.Select(p => p.Key), snapshot.Positions.Select(p => p.Symbol));
        Assert.Equal(open.Select(p => p.Value), snapshot.Positions.Select(p => p.Quantity));
    }
}
