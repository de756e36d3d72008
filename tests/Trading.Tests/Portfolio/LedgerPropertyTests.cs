using System.Text.Json;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Portfolio;
using Trading.Tests.Execution;

namespace Trading.Tests.Portfolio;

public class LedgerPropertyTests
{
    private static readonly Symbol[] Symbols = [new("BTCUSDT"), new("ETHUSDT"), new("SOLUSDT")];
    private static readonly DateTime T0 = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void RandomFills_KeepEveryAccountingIdentityExactly()
    {
        var random = new Random(20240101);
        var ledger = new Ledger();
        ledger.Deposit(T0, 100_000m);

        // An independent model: net quantity, cash flows and fees per symbol, and the mark each was last priced at.
        var quantity = new Dictionary<Symbol, decimal>();
        var cashFlow = new Dictionary<Symbol, decimal>();
        var mark = new Dictionary<Symbol, decimal>();
        var flowSinceFlat = new Dictionary<Symbol, decimal>();
        var realizedAtFlat = new Dictionary<Symbol, decimal>();
        decimal deposits = 100_000m, fees = 0m;
        var flatChecks = 0;

        for (var step = 1; step <= 5_000; step++)
        {
            var time = T0.AddMinutes(step);
            var symbol = Symbols[random.Next(Symbols.Length)];
            var price = random.Next(5_000, 15_001) / 100m;
            var held = quantity.GetValueOrDefault(symbol);
            var side = random.Next(2) == 0 ? Side.Buy : Side.Sell;
            var size = random.Next(1, 2_001) / 1_000m;
            if (step % 97 == 0 && held != 0m)
            {
                (side, size) = held > 0m ? (Side.Sell, held) : (Side.Buy, -held); // close exactly to flat now and then
            }
            var fee = Math.Round(size * price * 0.001m, 8);
            ledger.ApplyFill(time, symbol, side, size, price, fee);

            var signed = side == Side.Buy ? size : -size;
            quantity[symbol] = held + signed;
            cashFlow[symbol] = cashFlow.GetValueOrDefault(symbol) - signed * price;
            flowSinceFlat[symbol] = flowSinceFlat.GetValueOrDefault(symbol) - signed * price;
            mark[symbol] = price;
            fees += fee;

            if (random.Next(4) == 0)
            {
                var marked = Symbols[random.Next(Symbols.Length)];
                if (quantity.ContainsKey(marked))
                {
                    mark[marked] = random.Next(5_000, 15_001) / 100m;
                    ledger.Mark(marked, mark[marked]);
                }
            }
            if (step % 250 == 0)
            {
                ledger.Deposit(time, 1_000m);
                deposits += 1_000m;
            }

            // Over a round trip back to flat, realized P&L must equal the trades' net cash flow exactly.
            if (quantity[symbol] == 0m)
            {
                var realized = ledger.GetPosition(symbol)!.RealizedPnl;
                Assert.Equal(flowSinceFlat[symbol], realized - realizedAtFlat.GetValueOrDefault(symbol));
                realizedAtFlat[symbol] = realized;
                flowSinceFlat[symbol] = 0m;
                flatChecks++;
            }

            var expectedEquity = deposits - fees;
            foreach (var (s, q) in quantity)
                expectedEquity += cashFlow[s] + q * mark[s];
            Assert.Equal(expectedEquity, ledger.Equity);
            var positionsAtMark = 0m;
            foreach (var p in ledger.Positions)
                positionsAtMark += p.Quantity * p.MarkPrice;
            Assert.Equal(ledger.Cash + positionsAtMark, ledger.Equity);
            Assert.Equal(ledger.Equity - ledger.NetDeposits, ledger.RealizedPnl + ledger.UnrealizedPnl - ledger.Fees);
            Assert.Equal(fees, ledger.Fees);
            foreach (var (s, q) in quantity)
                Assert.Equal(q, ledger.GetPosition(s)!.Quantity);

            if (step % 500 == 0)
                Assert.Equal(ledger.Snapshot(), Ledger.Replay(ledger.Journal).Snapshot());
        }

        Assert.True(flatChecks > 40, $"only {flatChecks} round trips checked");
    }

    [Fact]
    public void Journal_ThroughJson_ReplaysToTheSameStateAndEquity()
    {
        var random = new Random(7);
        var ledger = new Ledger();
        ledger.Deposit(T0, 50_000m, "seed");
        for (var i = 0; i < 2_000; i++)
        {
            var side = random.Next(2) == 0 ? Side.Buy : Side.Sell;
            ledger.ApplyFill(T0.AddSeconds(i), Symbols[random.Next(3)], side, random.Next(1, 500) / 100m, random.Next(100, 200) + 0.25m, 0.01m);
        }
        ledger.Withdraw(T0.AddDays(1), 10m);

        var json = JsonSerializer.Serialize(ledger.Journal, StateJson.Options);
        var replayed = Ledger.Replay(JsonSerializer.Deserialize<List<JournalEntry>>(json, StateJson.Options)!);

        Assert.Equal(ledger.Snapshot(), replayed.Snapshot());
        Assert.Equal(ledger.Journal, replayed.Journal);
        Assert.Equal(ledger.Equity, replayed.Equity); // no marks after the last fills: both mark at the last fill prices
        Assert.Contains("\"kind\":\"fill\"", json);
    }
}
