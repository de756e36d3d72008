namespace SmartMarket.Api.Auth;

/// <summary>One issued token as persisted: only the SHA-256 of the token, never the token itself.</summary>
/// <param name="Hash">Lower-case hex SHA-256 of the token's UTF-8 bytes.</param>
/// <param name="User">The user it was issued to.</param>
/// <param name="Role">Its role.</param>
/// <param name="Created">When it was issued (UTC).</param>
public sealed record StoredToken(string Hash, string User, ApiRole Role, DateTime Created);
