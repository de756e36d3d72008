using GraphQL.Execution;
using SmartMarket.Api.Auth;

namespace SmartMarket.Api.GraphQL;

/// <summary>Who is calling and what they may touch; every resolver that reads or changes an account goes through here.</summary>
internal static class Caller
{
    /// <summary>The authenticated user, or an UNAUTHENTICATED error.</summary>
    public static ApiUser User(ResolveContext ctx) => ctx.UserContext as ApiUser ?? throw ApiErrors.Unauthenticated();

    /// <summary>The user when it may run mutations (trader or admin), or a FORBIDDEN error.</summary>
    public static ApiUser Trader(ResolveContext ctx)
    {
        var user = User(ctx);
        return user.CanTrade ? user : throw ApiErrors.Forbidden($"role {user.Role} may not run mutations: a trader or admin token is required");
    }

    /// <summary>The account id when the user may see it: unknown accounts are bad input, other users' accounts forbidden.</summary>
    public static string Account(ResolveContext ctx, ApiUser user, string? accountId, string field = "accountId")
    {
        if (string.IsNullOrWhiteSpace(accountId))
            throw ApiErrors.BadInput(field, "must not be empty");
        var owner = ctx.GetRequiredService<ApiUserStore>().OwnerOf(accountId);
        if (owner is null)
            throw ApiErrors.BadInput(field, $"unknown account '{accountId}'");
        if (!user.IsAdmin && owner != user.Name)
            throw ApiErrors.Forbidden($"account '{accountId}' belongs to another user");
        return accountId;
    }

    /// <summary>The ticker when the market knows it, else bad input naming <paramref name="field"/>.</summary>
    public static string Ticker(ResolveContext ctx, string? ticker, string field = "ticker")
    {
        if (string.IsNullOrWhiteSpace(ticker))
            throw ApiErrors.BadInput(field, "must not be empty");
        var known = ctx.GetRequiredService<ISymbolCatalog>().Tickers;
        foreach (var t in known)
        {
            if (t == ticker)
                return ticker;
        }
        throw ApiErrors.BadInput(field, $"unknown ticker '{ticker}' (known: {string.Join(", ", known)})");
    }
}
