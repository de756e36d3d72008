using GraphQL.Building;
using GraphQL.Execution;
using SmartMarket.Api.Auth;
using SmartMarket.Api.Backtests;

namespace SmartMarket.Api.GraphQL;

/// <summary>The backtest fields of the root types: a user sees and follows their own backtests (an admin every one).</summary>
internal static class BacktestFields
{
    public static void AddQueries(ObjectTypeBuilder q)
    {
        q.Field("backtests", "[Backtest!]!", ctx =>
        {
            var user = Caller.User(ctx);
            var mine = new List<BacktestView>();
            foreach (var view in Runner(ctx).All())
            {
                if (MaySee(user, view))
                    mine.Add(view);
            }
            return mine;
        }).Description("The caller's backtests, newest first.");
        q.Field("backtest", "Backtest").Argument("id", "ID!").Resolve(ctx => Own(ctx, Caller.User(ctx)))
            .Description("One backtest with its state and, once completed, its report's metrics.");
    }

    public static void AddMutations(ObjectTypeBuilder m) =>
        m.Field("runBacktest", "Backtest!").Argument("input", "RunBacktestInput!").Resolve(ctx =>
        {
            var user = Caller.Trader(ctx);
            var request = ctx.Argument<BacktestInput>("input").Validate();
            return Runner(ctx).Submit(request, user.Name);
        }).Description("Queues a backtest and returns at once; follow it with backtestProgress(id).");

    public static void AddSubscriptions(ObjectTypeBuilder s) =>
        s.Field("backtestProgress", "Backtest!").Argument("id", "ID!").Subscribe(ctx =>
        {
            var view = Own(ctx, Caller.User(ctx));
            var reader = Runner(ctx).Listen(view.Id, ctx.CancellationToken)!;
            return GrainStreams.Read(reader, v => v, ctx.CancellationToken);
        }).Description("The backtest now, then each progress step, ending with its completed or failed state.");

    private static BacktestRunner Runner(ResolveContext ctx) => ctx.GetRequiredService<BacktestRunner>();

    private static BacktestView Own(ResolveContext ctx, ApiUser user)
    {
        var id = ctx.Argument<string>("id");
        var view = Runner(ctx).Find(id);
        // Someone else's backtest reads as unknown, so ids cannot be probed.
        return view is not null && MaySee(user, view) ? view : throw ApiErrors.BadInput("id", $"unknown backtest '{id}'");
    }

    private static bool MaySee(ApiUser user, BacktestView view) => user.IsAdmin || view.Owner == user.Name;
}
