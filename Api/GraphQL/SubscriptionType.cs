using GraphQL.Building;
using GraphQL.Execution;
using SmartMarket.Grains;
using SmartMarket.Grains.Accounts;
using SmartMarket.Grains.Market;
using SmartMarket.Grains.Strategies;
using SmartMarket.Trading.MarketData;
using VirtualActors;
using VirtualActors.Streams;

namespace SmartMarket.Api.GraphQL;

/// <summary>Live feeds over graphql-transport-ws, each read from the grain stream it names.</summary>
internal static class SubscriptionType
{
    private const int MarketBuffer = 256;

    public static void Register(SchemaBuilder b) => b.Subscription(s =>
    {
        s.Field("priceTicks", "PriceTick!").Argument("tickers", "[String!]!").SubscribeAsync(async ctx =>
        {
            Caller.User(ctx);
            var tickers = ctx.Arguments.GetList<string>("tickers");
            if (tickers.Count == 0)
                throw ApiErrors.BadInput("tickers", "must name at least one ticker");
            var ids = new List<StreamId>(tickers.Count);
            foreach (var t in tickers)
                ids.Add(MarketStreams.PricesOf(new Symbol(Caller.Ticker(ctx, t, "tickers"))));
            var reader = await GrainStreams.ListenAsync<PriceUpdated>(Streams(ctx), ids, MarketBuffer, ctx.CancellationToken);
            return GrainStreams.Read(reader, p => p);
        }).Description("Every trade of the given symbols (a slow client skips older ticks).");
        s.Field("candles", "Candle!").Argument("ticker", "String!").Argument("timeframe", "String!", a => a.Description("1m, 5m, 15m, 1h, 4h or 1d."))
            .SubscribeAsync(async ctx =>
            {
                Caller.User(ctx);
                var ticker = Caller.Ticker(ctx, ctx.Argument<string>("ticker"));
                if (!TimeframeExtensions.TryParse(ctx.Argument<string>("timeframe"), out var timeframe))
                    throw ApiErrors.BadInput("timeframe", $"unknown timeframe '{ctx.Argument<string>("timeframe")}'");
                var reader = await GrainStreams.ListenAsync<CandleClosed>(Streams(ctx), [MarketStreams.Candles(new Symbol(ticker), timeframe)], MarketBuffer, ctx.CancellationToken);
                return GrainStreams.Read(reader, c => c);
            }).Description("Candles of one symbol and timeframe as they close.");
        s.Field("signals", "Signal!").Argument("accountId", "ID!").SubscribeAsync(async ctx =>
        {
            var id = Caller.Account(ctx, Caller.User(ctx), ctx.Argument<string>("accountId"));
            var reader = await GrainStreams.ListenAsync<SignalEmitted>(Streams(ctx), [MarketStreams.SignalsFor(id)], null, ctx.CancellationToken);
            return GrainStreams.Read(reader, e => e);
        }).Description("Model-confirmed signals sent to one account.");
        BacktestFields.AddSubscriptions(s);
        s.Field("orderUpdates", "AccountEvent!").Argument("accountId", "ID!")
            .Argument("afterSequence", "Long", a => a.Description("Replay journal records after this sequence first, so a client that reconnects misses nothing."))
            .SubscribeAsync(OrderUpdatesAsync)
            .Description("Order requests, acceptances, rejections, fills and cancellations of one account.");
        s.Field("accountUpdates", "Account!").Argument("accountId", "ID!").SubscribeAsync(async ctx =>
        {
            var id = Caller.Account(ctx, Caller.User(ctx), ctx.Argument<string>("accountId"));
            var grains = ctx.GetRequiredService<IGrainFactory>();
            var reader = await GrainStreams.ListenAsync<AccountJournalRecord>(Streams(ctx), [MarketStreams.AccountEvents(id)], null, ctx.CancellationToken);
            return AccountSnapshots(grains.GetGrain<IAccountGrain>(id), reader, ctx.CancellationToken);
        }).Description("The account's figures now, then again after every journal record.");
    });

    private static IStreamProvider Streams(ResolveContext ctx) => ctx.GetRequiredService<GrainRuntime>().Streams;

    private static async ValueTask<IAsyncEnumerable<object?>> OrderUpdatesAsync(ResolveContext ctx)
    {
        var id = Caller.Account(ctx, Caller.User(ctx), ctx.Argument<string>("accountId"));
        var after = ctx.ArgumentOrDefault<long?>("afterSequence");
        // Listen before reading the journal so nothing falls between the two; duplicates are dropped by sequence.
        var reader = await GrainStreams.ListenAsync<AccountJournalRecord>(Streams(ctx), [MarketStreams.AccountEvents(id)], null, ctx.CancellationToken);
        IReadOnlyList<AccountJournalRecord> backlog = after is null ? [] : await ctx.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(id).GetJournalAsync();
        return OrderEvents(backlog, after ?? long.MaxValue, reader, ctx.CancellationToken);
    }

    private static async IAsyncEnumerable<object?> OrderEvents(
        IReadOnlyList<AccountJournalRecord> backlog, long after, System.Threading.Channels.ChannelReader<AccountJournalRecord> reader,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var last = after == long.MaxValue ? 0L : after;
        foreach (var r in backlog)
        {
            if (r.Sequence > last && IsOrderEvent(r))
                yield return r;
            last = Math.Max(last, r.Sequence);
        }
        await foreach (var r in reader.ReadAllAsync(cancellationToken))
        {
            if (r.Sequence <= last)
                continue;
            last = r.Sequence;
            if (IsOrderEvent(r))
                yield return r;
        }
    }

    private static async IAsyncEnumerable<object?> AccountSnapshots(
        IAccountGrain account, System.Threading.Channels.ChannelReader<AccountJournalRecord> reader,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return await account.GetSnapshotAsync();
        await foreach (var _ in reader.ReadAllAsync(cancellationToken))
        {
            // Several records of one commit arrive together: one snapshot after the burst is enough.
            while (reader.TryRead(out var _))
            {
            }
            yield return await account.GetSnapshotAsync();
        }
    }

    private static bool IsOrderEvent(AccountJournalRecord r) => r.Kind is AccountRecordKind.OrderRequested or AccountRecordKind.OrderAccepted
        or AccountRecordKind.OrderRejected or AccountRecordKind.OrderFilled or AccountRecordKind.OrderCancelled;
}
