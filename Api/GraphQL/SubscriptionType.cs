using GraphQL.Building;
using GraphQL.Execution;
using SmartMarket.Api.Auth;
using SmartMarket.Api.Signals;
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
        s.Field("signals", "Signal!").Argument("accountId", "ID", a => a.Description("One account; without it, every account the caller may see."))
            .Argument("last", "Int", a => a.Default(0).Description($"Replay up to this many of the latest kept signals first (0 to {SignalLog.Capacity}), so a client that reconnects misses nothing."))
            .SubscribeAsync(SignalsAsync)
            .Description("Model-confirmed signals sent to one account, or to every account the caller may see (all for an admin), accounts created or given to the caller later included.");
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

    private static async ValueTask<IAsyncEnumerable<object?>> SignalsAsync(ResolveContext ctx)
    {
        var user = Caller.User(ctx);
        var one = ctx.ArgumentOrDefault<string?>("accountId");
        var last = ctx.ArgumentOrDefault("last", 0);
        if (last is < 0 or > SignalLog.Capacity)
            throw ApiErrors.BadInput("last", $"must be 0 to {SignalLog.Capacity}, got {last}");
        IReadOnlyList<string>? single = one is null ? null : [Caller.Account(ctx, user, one)];
        var store = ctx.GetRequiredService<ApiUserStore>();
        var log = ctx.GetRequiredService<SignalLog>();
        var fanIn = await GrainStreams.OpenAsync<SignalEmitted>(Streams(ctx), [], null, ctx.CancellationToken);
        // Watch before listing, so an account claimed meanwhile is listed, watched or both (a stream is added once).
        if (single is null)
            fanIn.Own(store.WatchClaims(claimed => user.IsAdmin || claimed.Owner == user.Name ? FollowAsync(fanIn, log, claimed.AccountId) : Task.CompletedTask));
        var accounts = single ?? store.AccountsOf(user);
        try
        {
            // Listen before reading the log so nothing falls between the two; a signal in both is sent once.
            foreach (var account in accounts)
                await fanIn.AddAsync(MarketStreams.SignalsFor(account));
            foreach (var account in accounts)
                await log.TrackAsync(account);
        }
        catch
        {
            // The engine never cancels a subscription that failed to start: let go of the streams and the watch here.
            fanIn.Close();
            throw;
        }
        IReadOnlyList<SignalEmitted> backlog = last == 0 ? [] : log.Recent(last, new HashSet<string>(accounts, StringComparer.Ordinal));
        return SignalEvents(backlog, fanIn.Reader, ctx.CancellationToken);
    }

    /// <summary>Adds a newly visible account's signals to an open subscription; a failure ends it with that error rather than going quiet.</summary>
    private static async Task FollowAsync(StreamFanIn<SignalEmitted> fanIn, SignalLog log, string accountId)
    {
        try
        {
            await fanIn.AddAsync(MarketStreams.SignalsFor(accountId));
            await log.TrackAsync(accountId);
        }
        catch (Exception e)
        {
            fanIn.Close(e);
        }
    }

    private static async IAsyncEnumerable<object?> SignalEvents(
        IReadOnlyList<SignalEmitted> backlog, System.Threading.Channels.ChannelReader<SignalEmitted> reader,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sent = new HashSet<(string, string)>();
        foreach (var signal in backlog)
        {
            sent.Add((signal.AccountId, signal.ClientOrderId));
            yield return signal;
        }
        await foreach (var signal in reader.ReadAllAsync(cancellationToken))
        {
            if (sent.Count == 0 || !sent.Remove((signal.AccountId, signal.ClientOrderId)))
                yield return signal;
        }
    }

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
