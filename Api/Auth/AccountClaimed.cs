namespace SmartMarket.Api.Auth;

/// <summary>An account got its first owner: created through the API, or given to a user.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="Owner">The user who owns it now.</param>
public sealed record AccountClaimed(string AccountId, string Owner);
