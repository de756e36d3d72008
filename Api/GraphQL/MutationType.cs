using GraphQL.Building;
using GraphQL.Execution;
using SmartMarket.Api.Auth;
using SmartMarket.Api.Signals;
using SmartMarket.Grains.Accounts;
using SmartMarket.Grains.Strategies;
using VirtualActors;

namespace SmartMarket.Api.GraphQL;

/// <summary>The write side; every field needs a trader or admin token and touches only the caller's accounts.</summary>
internal static class MutationType
{
    private const int MaxIdLength = 64;

    public static void Register(SchemaBuilder b)
    {
        b.InputObject("PlaceOrderInput", i => i
            .Field("accountId", "ID!")
            .Field("clientOrderId", "String!", f => f.Description("Idempotency key: repeating it returns the first result and never trades twice."))
            .Field("ticker", "String!")
            .Field("side", "Side!")
            .Field("type", "OrderType!", f => f.Default(OrderType.Market))
            .Field("quantity", "Decimal!", f => f.Description("Base units, positive."))
            .Field("limitPrice", "Decimal", f => f.Description("Required on LIMIT and STOP_LIMIT orders, refused on the others; positive."))
            .Field("stopPrice", "Decimal", f => f.Description("Required on STOP and STOP_LIMIT orders, refused on the others; above the market to buy, below to sell."))
            .Field("trailAmount", "Decimal", f => f.Description("TRAILING_STOP only: the stop's distance from the best price, in quote currency."))
            .Field("trailPercent", "Decimal", f => f.Description("TRAILING_STOP only: the distance as a percentage of the best price (1.5 means 1.5 %)."))
            .Field("timeInForce", "TimeInForce!", f => f.Default(Trading.Orders.TimeInForce.Gtc))
            .Field("reduceOnly", "Boolean", f => f.Default(false).Description("Only shrink an open opposite position: refused with none, and the part that would go past flat is cancelled."))
            .Field("reason", "String")
            .Factory(PlaceOrderInput.From));
        b.Mutation(m =>
        {
            m.Field("createAccount", "Account!").Argument("id", "ID!").Argument("initialCash", "Decimal!").ResolveAsync(CreateAccountAsync)
                .Description("Opens a paper account owned by the caller.");
            m.Field("placeOrder", "OrderResult!").Argument("input", "PlaceOrderInput!").ResolveAsync(PlaceOrderAsync);
            m.Field("cancelOrder", "CancelOrderResult!").Argument("accountId", "ID!").Argument("clientOrderId", "String!").ResolveAsync(async ctx =>
            {
                var id = Caller.Account(ctx, Caller.Trader(ctx), ctx.Argument<string>("accountId"));
                var order = ctx.Argument<string>("clientOrderId");
                if (string.IsNullOrWhiteSpace(order) || order.Length > MaxIdLength)
                    throw ApiErrors.BadInput("clientOrderId", $"must be 1 to {MaxIdLength} characters");
                return await Grains(ctx).GetGrain<IAccountGrain>(id).CancelOrderAsync(order);
            }).Description("Cancels a working order. Repeating it, or cancelling a filled or rejected order, changes nothing and says why.");
            m.Field("resume", "ResumeResult!").Argument("accountId", "ID!").ResolveAsync(async ctx =>
            {
                var id = Caller.Account(ctx, Caller.Trader(ctx), ctx.Argument<string>("accountId"));
                return await Grains(ctx).ResumeAsync(id);
            }).Description("Lifts an emergency stop: the account takes orders again and its halted strategies start again.");
            m.Field("emergencyStop", "EmergencyStopResult!").Argument("accountId", "ID!").Argument("reason", "String").ResolveAsync(async ctx =>
            {
                var id = Caller.Account(ctx, Caller.Trader(ctx), ctx.Argument<string>("accountId"));
                return await Grains(ctx).GetGrain<IAccountGrain>(id).EmergencyStopAsync(ctx.ArgumentOrDefault("reason", "emergency stop via API")!);
            }).Description("Cancels open orders, flattens positions at the last price and halts the account's strategies.");
            m.Field("startStrategy", "Strategy!").Argument("accountId", "ID!").Argument("strategy", "String!").Argument("ticker", "String!")
                .Argument("parameters", "String", a => a.Default(""))
                .Argument("model", "String")
                .ResolveAsync(StartStrategyAsync)
                .Description("Starts (or resumes) a strategy on one symbol for one account; its id is accountId/strategy/ticker.");
            m.Field("updateStrategyParameters", "Strategy!").Argument("id", "ID!").Argument("parameters", "String!").ResolveAsync(async ctx =>
            {
                var (id, status) = await OwnStrategyAsync(ctx);
                var definition = status.Definition! with { Parameters = ctx.Argument<string>("parameters") };
                await StartAsync(ctx, id, definition, "parameters");
                return new StrategyView(id, await Grains(ctx).GetGrain<IStrategyGrain>(id).GetStatusAsync());
            });
            m.Field("stopStrategy", "Strategy!").Argument("id", "ID!").Argument("reason", "String").ResolveAsync(async ctx =>
            {
                var (id, _) = await OwnStrategyAsync(ctx);
                var grain = Grains(ctx).GetGrain<IStrategyGrain>(id);
                await grain.HaltAsync(ctx.ArgumentOrDefault("reason", "stopped via API")!);
                return new StrategyView(id, await grain.GetStatusAsync());
            });
            m.Field("resumeStrategy", "Strategy!").Argument("id", "ID!").ResolveAsync(async ctx =>
            {
                var (id, status) = await OwnStrategyAsync(ctx);
                await StartAsync(ctx, id, status.Definition!, "id");
                return new StrategyView(id, await Grains(ctx).GetGrain<IStrategyGrain>(id).GetStatusAsync());
            }).Description("Starts a stopped strategy again with its definition.");
            BacktestFields.AddMutations(m);
            m.Field("createApiToken", "String!").Argument("user", "String!").Argument("role", "Role!").Resolve(ctx =>
            {
                var caller = Caller.User(ctx);
                if (!caller.IsAdmin)
                    throw ApiErrors.Forbidden("only an admin may create API tokens");
                var user = ctx.Argument<string>("user");
                if (string.IsNullOrWhiteSpace(user) || user.Length > MaxIdLength)
                    throw ApiErrors.BadInput("user", $"must be 1 to {MaxIdLength} characters");
                return ctx.GetRequiredService<ApiUserStore>().CreateToken(user, ctx.Argument<ApiRole>("role"));
            }).Description("Admin only: issues a token for a user. The token is shown this once; only its hash is kept.");
        });
    }

    private static IGrainFactory Grains(ResolveContext ctx) => ctx.GetRequiredService<IGrainFactory>();

    private static async ValueTask<object?> CreateAccountAsync(ResolveContext ctx)
    {
        var user = Caller.Trader(ctx);
        var id = ctx.Argument<string>("id");
        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxIdLength || id.Contains('/'))
            throw ApiErrors.BadInput("id", $"must be 1 to {MaxIdLength} characters without '/'");
        var cash = ctx.Argument<decimal>("initialCash");
        if (cash <= 0m)
            throw ApiErrors.BadInput("initialCash", "must be positive");
        if (!await ctx.GetRequiredService<ApiUserStore>().TryClaimAccountAsync(id, user.Name))
            throw ApiErrors.Forbidden($"account '{id}' belongs to another user");
        var grain = Grains(ctx).GetGrain<IAccountGrain>(id);
        await grain.OpenAsync(cash);
        await ctx.GetRequiredService<SignalLog>().TrackAsync(id);
        return await grain.GetSnapshotAsync();
    }

    private static async ValueTask<object?> PlaceOrderAsync(ResolveContext ctx)
    {
        var user = Caller.Trader(ctx);
        var input = ctx.Argument<PlaceOrderInput>("input");
        var account = Caller.Account(ctx, user, input.AccountId, "input.accountId");
        if (string.IsNullOrWhiteSpace(input.ClientOrderId) || input.ClientOrderId.Length > MaxIdLength)
            throw ApiErrors.BadInput("input.clientOrderId", $"must be 1 to {MaxIdLength} characters");
        var ticker = Caller.Ticker(ctx, input.Ticker, "input.ticker");
        var command = OrderInputCheck.ToCommand(input, ticker, input.Reason ?? "api:" + user.Name);
        return await Grains(ctx).GetGrain<IAccountGrain>(account).PlaceOrderAsync(command);
    }

    private static async ValueTask<object?> StartStrategyAsync(ResolveContext ctx)
    {
        var account = Caller.Account(ctx, Caller.Trader(ctx), ctx.Argument<string>("accountId"));
        var ticker = Caller.Ticker(ctx, ctx.Argument<string>("ticker"));
        var name = ctx.Argument<string>("strategy");
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxIdLength || name.Contains('/'))
            throw ApiErrors.BadInput("strategy", $"must be 1 to {MaxIdLength} characters without '/'");
        var id = $"{account}/{name}/{ticker}";
        var definition = new StrategyDefinition(name, ticker, account, ctx.ArgumentOrDefault("parameters", "")!, ctx.ArgumentOrDefault<string?>("model"));
        await StartAsync(ctx, id, definition, "strategy");
        return new StrategyView(id, await Grains(ctx).GetGrain<IStrategyGrain>(id).GetStatusAsync());
    }

    private static async Task StartAsync(ResolveContext ctx, string id, StrategyDefinition definition, string field)
    {
        try
        {
            await Grains(ctx).GetGrain<IStrategyGrain>(id).StartAsync(definition);
        }
        catch (ArgumentException e)
        {
            // The strategy factory rejects unknown names and bad parameters; say so instead of hiding it as an internal error.
            throw ApiErrors.BadInput(field, e.Message);
        }
    }

    private static async Task<(string Id, StrategyStatus Status)> OwnStrategyAsync(ResolveContext ctx)
    {
        var user = Caller.Trader(ctx);
        var id = ctx.Argument<string>("id");
        var status = await Grains(ctx).GetGrain<IStrategyGrain>(id).GetStatusAsync();
        if (status.Definition is null)
            throw ApiErrors.BadInput("id", $"unknown strategy '{id}'");
        Caller.Account(ctx, user, status.Definition.AccountId, "id");
        return (id, status);
    }
}
