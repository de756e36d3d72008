namespace SmartMarket.Api.Auth;

/// <summary>The caller behind a valid API token.</summary>
/// <param name="Name">The user name the token was issued to; accounts are owned by user name.</param>
/// <param name="Role">What the token may do.</param>
public sealed record ApiUser(string Name, ApiRole Role)
{
    /// <summary>True for traders and admins.</summary>
    public bool CanTrade => Role is ApiRole.Trader or ApiRole.Admin;

    /// <summary>True for admins.</summary>
    public bool IsAdmin => Role == ApiRole.Admin;
}
