namespace SmartMarket.Api.Auth;

/// <summary>What a token may do: viewers read, traders also trade their own accounts, admins see and do everything.</summary>
public enum ApiRole
{
    /// <summary>Queries and subscriptions on the user's own accounts.</summary>
    Viewer = 1,

    /// <summary>A viewer who may also run mutations on the user's own accounts.</summary>
    Trader = 2,

    /// <summary>Every account, every mutation, and token management.</summary>
    Admin = 3,
}
