using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;
using SmartMarket.Trading.Portfolio;

namespace Trading.Tests.Portfolio;

public class LedgerTests
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly DateTime T0 = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Buy_ThenMark_BooksCashFeeAndUnrealizedPnl()
    {
        var ledger = Funded(10_000m);
        ledger.ApplyFill(T0, Btc, Side.Buy, 2m, 100m, 0.2m);
        ledger.Mark(Btc, 110m);

        var p = ledger.GetPosition(Btc)!;
        Assert.Equal((2m, 200m, 100m), (p.Quantity, p.CostBasis, p.AverageEntryPrice));
        Assert.Equal(10_000m - 200m - 0.2m, ledger.Cash);
        Assert.Equal(2m * (110m - 100m), ledger.UnrealizedPnl);
        Assert.Equal(9_799.8m + 2m * 110m, ledger.Equity);
        Assert.Equal((0m, 0.2m), (ledger.RealizedPnl, ledger.Fees));
    }

    [Fact]
    public void Add_PartialClose_FlipToShort_AndCover_RealizeAgainstTheAverageEntry()
    {
        var ledger = Funded(10_000m);

        ledger.ApplyFill(T0, Btc, Side.Buy, 2m, 100m, 0.2m);
        ledger.ApplyFill(T0, Btc, Side.Buy, 1m, 130m, 0.13m);
        var p = ledger.GetPosition(Btc)!;
        Assert.Equal((3m, 330m, 110m), (p.Quantity, p.CostBasis, p.AverageEntryPrice));

        ledger.ApplyFill(T0, Btc, Side.Sell, 1m, 120m, 0.12m); // realizes 120 − 110
        Assert.Equal((2m, 220m, 10m), (p.Quantity, p.CostBasis, ledger.RealizedPnl));

        ledger.ApplyFill(T0, Btc, Side.Sell, 5m, 90m, 0.45m); // closes 2 (2 × (90 − 110) = −40), opens 3 short at 90
        Assert.Equal((-3m, -270m, 90m), (p.Quantity, p.CostBasis, p.AverageEntryPrice));
        Assert.Equal(10m - 40m, ledger.RealizedPnl);

        ledger.Mark(Btc, 80m);
        var cash = 10_000m - 200m - 0.2m - 130m - 0.13m + 120m - 0.12m + 450m - 0.45m;
        Assert.Equal(cash, ledger.Cash);
        Assert.Equal(3m * (90m - 80m), ledger.UnrealizedPnl);
        Assert.Equal(cash - 3m * 80m, ledger.Equity); // the short is a liability at the mark
        Assert.Equal(0.9m, ledger.Fees);
        Assert.Equal(ledger.Equity - ledger.NetDeposits, ledger.RealizedPnl + ledger.UnrealizedPnl - ledger.Fees);

        ledger.ApplyFill(T0, Btc, Side.Buy, 3m, 85m, 0.255m); // covers: 3 × (90 − 85) = 15
        Assert.True(p.IsFlat);
        Assert.Equal((0m, -30m + 15m), (p.CostBasis, ledger.RealizedPnl));
        Assert.Equal(0m, ledger.UnrealizedPnl);
        Assert.Equal(10_000m - 15m - 1.155m, ledger.Equity);
    }

    [Fact]
    public void Short_ThenCoverLower_RealizesTheDifferenceAndCashEndsUpByItLessFees()
    {
        var ledger = Funded(1_000m);
        ledger.ApplyFill(T0, Btc, Side.Sell, 2m, 100m, 0.1m);
        Assert.Equal(1_000m + 200m - 0.1m, ledger.Cash);
        ledger.Mark(Btc, 105m);
        Assert.Equal(-10m, ledger.UnrealizedPnl);
        Assert.Equal(1_199.9m - 210m, ledger.Equity);

        ledger.ApplyFill(T0, Btc, Side.Buy, 2m, 90m, 0.09m);

        Assert.Equal(20m, ledger.RealizedPnl);
        Assert.Equal(1_000m + 20m - 0.19m, ledger.Cash);
        Assert.Equal(ledger.Cash, ledger.Equity);
    }

    [Fact]
    public void ApplyFill_FromTheVenue_RecordsTheFillInTheJournal()
    {
        var ledger = Funded(1_000m);
        var fill = new Fill(new OrderId(7), "c-7", Btc, Side.Buy, 0.5m, 200m, 0.1m, Liquidity.Taker, T0.AddHours(1));

        ledger.ApplyFill(fill);

        var entry = Assert.IsType<FillEntry>(ledger.Journal[^1]);
        Assert.Equal(new FillEntry(2, T0.AddHours(1), Btc, Side.Buy, 0.5m, 200m, 0.1m, new OrderId(7)), entry);
        Assert.Equal(0.5m, ledger.GetPosition(Btc)!.Quantity);
    }

    [Fact]
    public void Withdraw_ReducesCashAndNetDeposits_AndMayNotExceedCash()
    {
        var ledger = Funded(500m);
        ledger.Withdraw(T0, 200m, "payout");

        Assert.Equal((300m, 300m), (ledger.Cash, ledger.NetDeposits));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ledger.Withdraw(T0, 300.01m));
        Assert.Contains("exceeds cash", error.Message);
    }

    public static TheoryData<string, Action<Ledger>, string> BadInputs => new()
    {
        { "zero quantity", l => l.ApplyFill(T0, Btc, Side.Buy, 0m, 100m, 0m), "Quantity" },
        { "negative price", l => l.ApplyFill(T0, Btc, Side.Buy, 1m, -1m, 0m), "Price" },
        { "negative fee", l => l.ApplyFill(T0, Btc, Side.Buy, 1m, 100m, -0.1m), "Fee" },
        { "undefined side", l => l.ApplyFill(T0, Btc, (Side)0, 1m, 100m, 0m), "Side" },
        { "no symbol", l => l.ApplyFill(T0, default, Side.Buy, 1m, 100m, 0m), "Symbol" },
        { "local time", l => l.ApplyFill(DateTime.SpecifyKind(T0, DateTimeKind.Local), Btc, Side.Buy, 1m, 100m, 0m), "UTC" },
        { "zero deposit", l => l.Deposit(T0, 0m), "Amount" },
        { "zero mark", l => l.Mark(Btc, 0m), "mark price" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void BadInput_ThrowsNamingTheFieldAndChangesNothing(string _, Action<Ledger> act, string field)
    {
        var ledger = Funded(1_000m);
        ledger.ApplyFill(T0, Btc, Side.Buy, 1m, 100m, 0.1m);
        var before = ledger.Snapshot();

        var error = Assert.ThrowsAny<ArgumentException>(() => act(ledger));

        Assert.Contains(field, error.Message);
        Assert.Equal(before, ledger.Snapshot());
        Assert.Equal(100m, ledger.GetPosition(Btc)!.MarkPrice);
    }

    [Fact]
    public void Replay_OfADamagedJournal_ThrowsNamingTheSequence()
    {
        var ledger = Funded(1_000m);
        ledger.ApplyFill(T0, Btc, Side.Buy, 1m, 100m, 0.1m);
        ledger.ApplyFill(T0, Btc, Side.Sell, 1m, 101m, 0.1m);
        var damaged = ledger.Journal.Where(e => e.Sequence != 2);

        var error = Assert.Throws<ArgumentException>(() => Ledger.Replay(damaged));

        Assert.Contains("Sequence must be 2, was 3", error.Message);
    }

    [Fact]
    public void Mark_OfASymbolNeverTraded_ChangesNothing()
    {
        var ledger = Funded(100m);
        ledger.Mark(new Symbol("ETHUSDT"), 2_000m);

        Assert.Empty(ledger.Positions);
        Assert.Equal(100m, ledger.Equity);
    }

    private static Ledger Funded(decimal amount)
    {
        var ledger = new Ledger();
        ledger.Deposit(T0, amount);
        return ledger;
    }
}
