namespace SmartMarket.Api.Auth;

/// <summary>The embedded stack's local admin: owns the default paper account and gets a token at first start.</summary>
public static class LocalAdmin
{
    /// <summary>The local admin's user name.</summary>
    public const string UserName = "admin";

    /// <summary>
    /// Gives the admin the default account and returns a new admin token when none exists yet or <paramref name="reset"/>
    /// is set (revoking the old ones); returns null when an admin token already exists, since only its hash is kept.
    /// </summary>
    public static string? EnsureToken(ApiUserStore store, string defaultAccountId, bool reset)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.TryClaimAccount(defaultAccountId, UserName);
        if (reset)
            store.RevokeTokens(UserName);
        else if (store.HasAdmin)
            return null;
        return store.CreateToken(UserName, ApiRole.Admin);
    }
}
