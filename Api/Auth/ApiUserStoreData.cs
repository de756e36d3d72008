namespace SmartMarket.Api.Auth;

/// <summary>The token store's file: issued tokens (hashed) and which user owns which account.</summary>
public sealed class ApiUserStoreData
{
    public List<StoredToken> Tokens { get; set; } = [];

    /// <summary>Account id to owning user name.</summary>
    public Dictionary<string, string> AccountOwners { get; set; } = new(StringComparer.Ordinal);
}
