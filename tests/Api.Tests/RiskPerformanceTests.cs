using SmartMarket.Grains.Accounts;
using SmartMarket.Trading.MarketData;

namespace Api.Tests;

public sealed class RiskPerformanceTests
{
    [Fact]
    public async Task RiskAndPerformance_MatchFiguresRecomputedFromTheJournalAndThePricesSent()
    {
        await using var host = await ApiHost.StartAsync();
        var alice = await OrderLifecycleTests.OpenAsync(host);
        // One trade a minute: the account keeps one equity sample per minute of market time, the first from the
        // symbol's last trade (minute 0) when the first order makes it listen.
        await OrderLifecycleTests.PlaceAsync(host, alice, new { accountId = "alice-1", clientOrderId = "p-1", ticker = "BTCUSDT", side = "BUY", quantity = "5" });
        decimal[] prices = [100m, 110m, 99m, 105m];
        for (var i = 0; i < prices.Length; i++)
            await host.TradeAsync("BTCUSDT", 60 * (i + 1), prices[i]);
        await OrderLifecycleTests.PlaceAsync(host, alice, new { accountId = "alice-1", clientOrderId = "p-2", ticker = "BTCUSDT", side = "SELL", quantity = "5" });
        await host.TradeAsync("BTCUSDT", 300, 104m);
        await host.TradeAsync("BTCUSDT", 360, 108m);

        var (_, body) = await host.PostAsync(alice, """
            { account(id: "alice-1") {
                risk { var95 cvar95 drawdown maxDrawdown exposure grossExposure samples limits { name limit used utilization } }
                performance { samples totalReturn sharpe maxDrawdown trades winRate netProfit } } }
            """);
        var account = body.GetProperty("data").GetProperty("account");
        var risk = account.GetProperty("risk");
        var performance = account.GetProperty("performance");

        var equity = ExpectedEquity(await host.Grains.GetGrain<IAccountGrain>("alice-1").GetJournalAsync(), [100m, 100m, 110m, 99m, 105m, 104m, 108m]);
        var returns = new double[equity.Length - 1];
        for (var i = 1; i < equity.Length; i++)
            returns[i - 1] = (double)(equity[i] / equity[i - 1]) - 1d;
        // Six returns: the 5 % tail holds less than one of them, so VaR and CVaR are both the worst return's loss.
        var worst = returns.Min();
        Assert.Equal(7, risk.GetProperty("samples").GetInt32());
        Assert.Equal(-worst, risk.GetProperty("var95").GetDouble(), 12);
        Assert.Equal(-worst, risk.GetProperty("cvar95").GetDouble(), 12);
        Assert.Equal(MaxDrawdown(equity), risk.GetProperty("maxDrawdown").GetDouble(), 12);
        Assert.Equal((double)(1m - equity[^1] / equity.Max()), risk.GetProperty("drawdown").GetDouble(), 12);
        Assert.Equal(0m, EndToEndTests.Dec(risk, "grossExposure"));
        var leverage = Assert.Single(risk.GetProperty("limits").EnumerateArray(), l => l.GetProperty("name").GetString() == "MaxLeverage");
        Assert.Equal(1m, EndToEndTests.Dec(leverage, "limit"));
        Assert.Equal(0m, EndToEndTests.Dec(leverage, "used"));

        Assert.Equal(7, performance.GetProperty("samples").GetInt32());
        Assert.Equal((double)(equity[^1] / equity[0]) - 1d, performance.GetProperty("totalReturn").GetDouble(), 12);
        Assert.Equal(MaxDrawdown(equity), performance.GetProperty("maxDrawdown").GetDouble(), 12);
        Assert.Equal(Sharpe(returns, TimeSpan.FromMinutes(6)), performance.GetProperty("sharpe").GetDouble(), 6);
        Assert.Equal(1, performance.GetProperty("trades").GetInt32());
        var net = RoundTripNet(await host.Grains.GetGrain<IAccountGrain>("alice-1").GetJournalAsync());
        Assert.Equal(net, EndToEndTests.Dec(performance, "netProfit"));
        Assert.Equal(net > 0m ? 1d : 0d, performance.GetProperty("winRate").GetDouble());
    }

    [Fact]
    public async Task OpenPosition_ShowsItsExposureAndTheUseOfThePositionLimit()
    {
        await using var host = await ApiHost.StartAsync();
        var alice = await OrderLifecycleTests.OpenAsync(host);
        await OrderLifecycleTests.PlaceAsync(host, alice, new { accountId = "alice-1", clientOrderId = "x-1", ticker = "BTCUSDT", side = "BUY", quantity = "4" });
        await host.TradeAsync("BTCUSDT", 60, 100m);
        await host.TradeAsync("BTCUSDT", 120, 120m);

        var (_, body) = await host.PostAsync(alice, """{ account(id: "alice-1") { equity risk { exposure grossExposure limits { name limit used utilization } } } }""");
        var account = body.GetProperty("data").GetProperty("account");
        var risk = account.GetProperty("risk");
        var equity = EndToEndTests.Dec(account, "equity");

        Assert.Equal(480m, EndToEndTests.Dec(risk, "exposure"));
        Assert.Equal(480m, EndToEndTests.Dec(risk, "grossExposure"));
        var position = Assert.Single(risk.GetProperty("limits").EnumerateArray(), l => l.GetProperty("name").GetString() == "MaxPosition");
        Assert.Equal(0.10m, EndToEndTests.Dec(position, "limit"));
        Assert.Equal(480m / equity, EndToEndTests.Dec(position, "used"));
        Assert.Equal(480m / equity / 0.10m, EndToEndTests.Dec(position, "utilization"));
    }

    [Fact]
    public async Task BreachedDailyLoss_StaysBlockingAfterEquityRecovers_WhileTheCapsBelowTheirLimitsDoNot()
    {
        await using var host = await ApiHost.StartAsync();
        var alice = await OrderLifecycleTests.OpenAsync(host);
        // 6 BTC at 100 on 10,000, then a trade at 40: the day is 3.6 % down against a 3 % limit.
        await OrderLifecycleTests.PlaceAsync(host, alice, new { accountId = "alice-1", clientOrderId = "d-1", ticker = "BTCUSDT", side = "BUY", quantity = "6" });
        await host.TradeAsync("BTCUSDT", 60, 100m);
        await host.TradeAsync("BTCUSDT", 120, 40m);
        var refused = await OrderLifecycleTests.PlaceAsync(host, alice, new { accountId = "alice-1", clientOrderId = "d-2", ticker = "BTCUSDT", side = "BUY", quantity = "1" });
        await host.TradeAsync("BTCUSDT", 180, 100m);

        var (_, body) = await host.PostAsync(alice, """{ account(id: "alice-1") { risk { limits { name limit used blocking } } } }""");
        var limits = body.GetProperty("data").GetProperty("account").GetProperty("risk").GetProperty("limits").EnumerateArray()
            .ToDictionary(l => l.GetProperty("name").GetString()!);

        Assert.False(refused.GetProperty("accepted").GetBoolean(), refused.GetRawText());
        Assert.StartsWith("daily loss", refused.GetProperty("rejectReason").GetString(), StringComparison.Ordinal);
        var daily = limits["DailyLoss"];
        Assert.True(EndToEndTests.Dec(daily, "used") < EndToEndTests.Dec(daily, "limit"), daily.GetRawText());
        Assert.True(daily.GetProperty("blocking").GetBoolean());
        Assert.False(limits["KillSwitch"].GetProperty("blocking").GetBoolean());
        Assert.False(limits["MaxLeverage"].GetProperty("blocking").GetBoolean());
    }

    // Equity after each minute's trade (prices[m] traded at minute m): deposits and fills from the journal, the
    // position marked at that trade's price.
    private static decimal[] ExpectedEquity(IReadOnlyList<AccountJournalRecord> journal, decimal[] prices)
    {
        var fills = journal.Where(r => r.Kind == AccountRecordKind.OrderFilled).ToArray();
        var cash = journal.Where(r => r.Kind == AccountRecordKind.Deposited).Sum(r => r.Amount);
        var quantity = 0m;
        var result = new decimal[prices.Length];
        for (var minute = 0; minute < prices.Length; minute++)
        {
            foreach (var f in fills.Where(f => f.Time == ApiHost.T0.AddMinutes(minute)))
            {
                var sign = f.Side == Side.Buy ? 1m : -1m;
                cash -= sign * f.Quantity * f.Price + f.Amount;
                quantity += sign * f.Quantity;
            }
            result[minute] = cash + quantity * prices[minute];
        }
        return result;
    }

    private static double MaxDrawdown(decimal[] equity)
    {
        var worst = 0d;
        for (var i = 0; i < equity.Length; i++)
        {
            for (var j = i + 1; j < equity.Length; j++)
                worst = Math.Max(worst, (double)(1m - equity[j] / equity[i]));
        }
        return worst;
    }

    // Mean over sample standard deviation, annualized by the square root of periods per 365-day year.
    private static double Sharpe(double[] returns, TimeSpan elapsed)
    {
        var mean = returns.Average();
        var variance = returns.Sum(r => (r - mean) * (r - mean)) / (returns.Length - 1);
        var perYear = returns.Length / (elapsed.TotalDays / 365d);
        return mean / Math.Sqrt(variance) * Math.Sqrt(perYear);
    }

    private static decimal RoundTripNet(IReadOnlyList<AccountJournalRecord> journal)
    {
        var net = 0m;
        foreach (var f in journal.Where(r => r.Kind == AccountRecordKind.OrderFilled))
            net += (f.Side == Side.Sell ? 1m : -1m) * f.Quantity * f.Price - f.Amount;
        return net;
    }
}
