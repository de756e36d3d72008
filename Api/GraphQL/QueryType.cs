using GraphQL.Building;
using GraphQL.Execution;
using SmartMarket.Api.Auth;
using SmartMarket.Api.Signals;
using SmartMarket.Grains.Accounts;
using SmartMarket.Grains.Market;
using SmartMarket.Grains.Models;
using SmartMarket.Grains.Strategies;
using VirtualActors;

namespace SmartMarket.Api.GraphQL;

/// <summary>The read side: market, accounts the caller may see, their strategies, and the runtime.</summary>
internal static class QueryType
{
    public static void Register(SchemaBuilder b) => b.Query(q =>
    {
        q.Field("me", "User!", ctx => Caller.User(ctx)).Description("The user behind the token.");
        q.Field("symbols", "[Symbol!]!").ResolveAsync(SymbolsAsync).Description("Every symbol the feed serves.");
        q.Field("symbol", "Symbol").Argument("ticker", "String!").ResolveAsync(async ctx =>
        {
            Caller.User(ctx);
            var ticker = Caller.Ticker(ctx, ctx.Argument<string>("ticker"));
            return await Grains(ctx).GetGrain<ISymbolGrain>(ticker).GetSnapshotAsync();
        });
        q.Field("accounts", "[Account!]!").ResolveAsync(async ctx =>
        {
            var user = Caller.User(ctx);
            var ids = ctx.GetRequiredService<ApiUserStore>().AccountsOf(user);
            return await Task.WhenAll(ids.Select(id => Grains(ctx).GetGrain<IAccountGrain>(id).GetSnapshotAsync()));
        }).Description("The caller's accounts (every account for an admin).");
        q.Field("account", "Account").Argument("id", "ID!").ResolveAsync(async ctx =>
        {
            var id = Caller.Account(ctx, Caller.User(ctx), ctx.Argument<string>("id"), "id");
            return await Grains(ctx).GetGrain<IAccountGrain>(id).GetSnapshotAsync();
        });
        q.Field("strategies", "[Strategy!]!").ResolveAsync(StrategiesAsync).Description("Strategies attached to the caller's accounts.");
        BacktestFields.AddQueries(q);
        q.Field("signals", "[Signal!]!").Argument("last", "Int", a => a.Default(50).Description($"How many, 1 to {SignalLog.Capacity}."))
            .ResolveAsync(SignalsAsync)
            .Description("The latest signals sent to the caller's accounts, oldest first (kept in memory since the API started).");
        q.Field("models", "[Model!]!").ResolveAsync(async ctx =>
        {
            Caller.User(ctx);
            var names = ctx.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiOptions>>().Value.Models;
            var views = new ModelView[names.Count];
            for (var i = 0; i < views.Length; i++)
                views[i] = new ModelView(names[i], await Grains(ctx).GetGrain<IModelGrain>(names[i]).GetVersionAsync());
            return views;
        }).Description("The confirmation models strategies may name, with the version each serves.");
        q.Field("runtime", "Runtime!", ctx =>
        {
            Caller.User(ctx);
            return ctx.GetRequiredService<GrainRuntime>().GetMetrics();
        }).Description("Activations, calls per second and latency per grain type.");
    });

    private static IGrainFactory Grains(ResolveContext ctx) => ctx.GetRequiredService<IGrainFactory>();

    private static async ValueTask<object?> SymbolsAsync(ResolveContext ctx)
    {
        Caller.User(ctx);
        var tickers = ctx.GetRequiredService<ISymbolCatalog>().Tickers;
        var grains = Grains(ctx);
        return await Task.WhenAll(tickers.Select(t => grains.GetGrain<ISymbolGrain>(t).GetSnapshotAsync()));
    }

    private static async ValueTask<object?> SignalsAsync(ResolveContext ctx)
    {
        var user = Caller.User(ctx);
        var last = ctx.ArgumentOrDefault("last", 50);
        if (last is < 1 or > SignalLog.Capacity)
            throw ApiErrors.BadInput("last", $"must be 1 to {SignalLog.Capacity}, got {last}");
        var log = ctx.GetRequiredService<SignalLog>();
        var accounts = ctx.GetRequiredService<ApiUserStore>().AccountsOf(user);
        foreach (var account in accounts)
            await log.TrackAsync(account);
        return log.Recent(last, new HashSet<string>(accounts, StringComparer.Ordinal));
    }

    private static async ValueTask<object?> StrategiesAsync(ResolveContext ctx)
    {
        var user = Caller.User(ctx);
        var grains = Grains(ctx);
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var account in ctx.GetRequiredService<ApiUserStore>().AccountsOf(user))
        {
            foreach (var r in await grains.GetGrain<IAccountGrain>(account).GetJournalAsync())
            {
                if (r.Kind == AccountRecordKind.StrategyAttached && r.ClientOrderId is { } id)
                    ids.Add(id);
            }
        }
        var views = new List<StrategyView>(ids.Count);
        foreach (var id in ids)
            views.Add(new StrategyView(id, await grains.GetGrain<IStrategyGrain>(id).GetStatusAsync()));
        return views;
    }
}
