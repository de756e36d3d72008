using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SmartMarket.Api.Auth;

/// <summary>
/// API tokens and account ownership, persisted as JSON in one file. Tokens are 256 random bits shown once at creation;
/// only their SHA-256 is stored, which is safe for high-entropy secrets (no salt or slow hash needed).
/// </summary>
public sealed class ApiUserStore
{
    private const string TokenPrefix = "smk_";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly Lock _lock = new();
    private readonly string _path;
    private readonly TimeProvider _clock;
    private readonly ApiUserStoreData _data;
    private readonly Dictionary<string, StoredToken> _byHash = new(StringComparer.Ordinal);
    private ClaimWatch[] _watchers = [];

    public ApiUserStore(string path, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = Path.GetFullPath(path);
        _clock = clock;
        _data = File.Exists(_path)
            ? JsonSerializer.Deserialize<ApiUserStoreData>(File.ReadAllText(_path), Json) ?? new ApiUserStoreData()
            : new ApiUserStoreData();
        foreach (var token in _data.Tokens)
            _byHash[token.Hash] = token;
    }

    /// <summary>Issues a token for <paramref name="user"/>; the returned text is the only copy there will ever be.</summary>
    public string CreateToken(string user, ApiRole role)
    {
        ValidateUser(user);
        if (!Enum.IsDefined(role))
            throw new ArgumentOutOfRangeException(nameof(role), role, "role must be Viewer, Trader or Admin");
        var token = TokenPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var stored = new StoredToken(Hash(token), user, role, _clock.GetUtcNow().UtcDateTime);
        lock (_lock)
        {
            _data.Tokens.Add(stored);
            _byHash[stored.Hash] = stored;
            Save();
        }
        return token;
    }

    /// <summary>Revokes every token of <paramref name="user"/>; returns how many there were.</summary>
    public int RevokeTokens(string user)
    {
        lock (_lock)
        {
            var removed = _data.Tokens.RemoveAll(t => t.User == user);
            foreach (var hash in _byHash.Where(p => p.Value.User == user).Select(p => p.Key).ToList())
                _byHash.Remove(hash);
            if (removed > 0)
                Save();
            return removed;
        }
    }

    /// <summary>True when some admin token exists.</summary>
    public bool HasAdmin
    {
        get
        {
            lock (_lock)
                return _data.Tokens.Exists(t => t.Role == ApiRole.Admin);
        }
    }

    /// <summary>The user behind <paramref name="token"/>, or null when it is not a token we issued.</summary>
    public ApiUser? Authenticate(string? token)
    {
        if (string.IsNullOrEmpty(token) || !token.StartsWith(TokenPrefix, StringComparison.Ordinal))
            return null;
        lock (_lock)
            return _byHash.TryGetValue(Hash(token), out var stored) ? new ApiUser(stored.User, stored.Role) : null;
    }

    /// <summary>The owner of <paramref name="accountId"/>, or null when no user owns it.</summary>
    public string? OwnerOf(string accountId)
    {
        lock (_lock)
            return _data.AccountOwners.TryGetValue(accountId, out var owner) ? owner : null;
    }

    /// <summary>
    /// Makes <paramref name="user"/> the owner of an unowned account; false when someone else owns it already. Claim
    /// watchers are told without waiting for them: use <see cref="TryClaimAccountAsync"/> to wait.
    /// </summary>
    public bool TryClaimAccount(string accountId, string user)
    {
        if (!Claim(accountId, user, out var isNew))
            return false;
        if (isNew)
            _ = NotifyAsync(new AccountClaimed(accountId, user));
        return true;
    }

    /// <summary>
    /// Like <see cref="TryClaimAccount"/>, but completes only once every claim watcher has acted on a new claim (an open
    /// signal subscription listens to the account by then).
    /// </summary>
    public async Task<bool> TryClaimAccountAsync(string accountId, string user)
    {
        if (!Claim(accountId, user, out var isNew))
            return false;
        if (isNew)
            await NotifyAsync(new AccountClaimed(accountId, user));
        return true;
    }

    /// <summary>Calls <paramref name="onClaimed"/> for every account claimed from now on, until the returned handle is disposed.</summary>
    public IDisposable WatchClaims(Func<AccountClaimed, Task> onClaimed)
    {
        ArgumentNullException.ThrowIfNull(onClaimed);
        var watch = new ClaimWatch(this, onClaimed);
        lock (_lock)
            _watchers = [.. _watchers, watch];
        return watch;
    }

    /// <summary>Claim watchers not yet disposed.</summary>
    internal int WatcherCount
    {
        get
        {
            lock (_lock)
                return _watchers.Length;
        }
    }

    /// <summary>The accounts <paramref name="user"/> may see: its own, or every known account for an admin; sorted by id.</summary>
    public IReadOnlyList<string> AccountsOf(ApiUser user)
    {
        var ids = new List<string>();
        lock (_lock)
        {
            foreach (var (id, owner) in _data.AccountOwners)
            {
                if (user.IsAdmin || owner == user.Name)
                    ids.Add(id);
            }
        }
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    private bool Claim(string accountId, string user, out bool isNew)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        ValidateUser(user);
        isNew = false;
        lock (_lock)
        {
            if (_data.AccountOwners.TryGetValue(accountId, out var owner))
                return owner == user;
            _data.AccountOwners[accountId] = user;
            Save();
        }
        isNew = true;
        return true;
    }

    private Task NotifyAsync(AccountClaimed claimed)
    {
        ClaimWatch[] watchers;
        lock (_lock)
            watchers = _watchers;
        if (watchers.Length == 0)
            return Task.CompletedTask;
        var calls = new Task[watchers.Length];
        for (var i = 0; i < watchers.Length; i++)
            calls[i] = watchers[i].OnClaimed(claimed);
        return Task.WhenAll(calls);
    }

    private void Unwatch(ClaimWatch watch)
    {
        lock (_lock)
        {
            var index = Array.IndexOf(_watchers, watch);
            if (index >= 0)
                _watchers = [.. _watchers.AsSpan(0, index), .. _watchers.AsSpan(index + 1)];
        }
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static void ValidateUser(string user)
    {
        if (string.IsNullOrWhiteSpace(user) || user.Length > 64)
            throw new ArgumentException("user must be 1 to 64 characters", nameof(user));
    }

    private void Save()
    {
        // Write then rename, so a crash mid-write never leaves a truncated store that locks everyone out.
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var temp = _path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(_data, Json));
        File.Move(temp, _path, overwrite: true);
    }

    private sealed class ClaimWatch(ApiUserStore store, Func<AccountClaimed, Task> onClaimed) : IDisposable
    {
        public Func<AccountClaimed, Task> OnClaimed { get; } = onClaimed;

        public void Dispose() => store.Unwatch(this);
    }
}
