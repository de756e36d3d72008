using System.Text;
using VirtualActors.Npgsql;
using VirtualActors.Storage;

namespace VirtualActors.Tests;

public sealed class StorageProviderTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("va-storage-");

    public static TheoryData<string> Providers => ["memory", "file", "postgres"];

    private async Task<IGrainStorage> CreateAsync(string kind)
    {
        switch (kind)
        {
            case "memory":
                return new MemoryGrainStorage();
            case "file":
                return new FileGrainStorage(_folder.FullName);
            default:
                var storage = new PostgresGrainStorage(postgres.DataSource, "state_" + postgres.Suffix);
                await storage.EnsureSchemaAsync();
                return storage;
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Write_ThenRead_ReturnsPayloadAndTheNewETag(string kind)
    {
        var storage = await CreateAsync(kind);
        var id = new GrainId("Account", "acc/1 " + Guid.NewGuid());
        Assert.Null(await storage.ReadAsync("ledger", id));
        var etag1 = await storage.WriteAsync("ledger", id, Encoding.UTF8.GetBytes("{\"cash\":100}"), null);
        var etag2 = await storage.WriteAsync("ledger", id, Encoding.UTF8.GetBytes("{\"cash\":90}"), etag1);
        Assert.NotEqual(etag1, etag2);
        var stored = await storage.ReadAsync("ledger", id);
        Assert.NotNull(stored);
        Assert.Equal("{\"cash\":90}", Encoding.UTF8.GetString(stored.Payload));
        Assert.Equal(etag2, stored.ETag);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task WriteFromStaleETag_FailsNamingBothVersions_AndKeepsTheStoredRecord(string kind)
    {
        var storage = await CreateAsync(kind);
        var id = new GrainId("Account", Guid.NewGuid().ToString("N"));
        var first = await storage.WriteAsync("ledger", id, "a"u8.ToArray(), null);
        var second = await storage.WriteAsync("ledger", id, "b"u8.ToArray(), first);

        var stale = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteAsync("ledger", id, "c"u8.ToArray(), first));
        Assert.Equal(first, stale.ExpectedETag);
        Assert.Equal(second, stale.StoredETag);
        Assert.Contains("ledger", stale.Message);
        var duplicateCreate = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteAsync("ledger", id, "d"u8.ToArray(), null));
        Assert.Equal(second, duplicateCreate.StoredETag);
        Assert.Equal("b", Encoding.UTF8.GetString((await storage.ReadAsync("ledger", id))!.Payload));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Clear_WithCurrentETag_RemovesTheRecord_AndWithStaleETagFails(string kind)
    {
        var storage = await CreateAsync(kind);
        var id = new GrainId("Model", Guid.NewGuid().ToString("N"));
        var first = await storage.WriteAsync("weights", id, "1"u8.ToArray(), null);
        var second = await storage.WriteAsync("weights", id, "2"u8.ToArray(), first);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearAsync("weights", id, first));
        await storage.ClearAsync("weights", id, second);
        Assert.Null(await storage.ReadAsync("weights", id));
        var again = await storage.WriteAsync("weights", id, "3"u8.ToArray(), null);
        Assert.NotNull(again);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ConcurrentWritersFromTheSameVersion_ExactlyOneWins(string kind)
    {
        var storage = await CreateAsync(kind);
        var id = new GrainId("Account", Guid.NewGuid().ToString("N"));
        var etag = await storage.WriteAsync("ledger", id, "0"u8.ToArray(), null);
        var attempts = Enumerable.Range(1, 8).Select(i => Task.Run(async () =>
        {
            try
            {
                await storage.WriteAsync("ledger", id, Encoding.UTF8.GetBytes(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), etag);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        }));
        var results = await Task.WhenAll(attempts);
        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public async Task FileStorage_LeavesNoTemporaryFiles_AndEscapesKeysIntoOneFolderLevel()
    {
        var storage = new FileGrainStorage(_folder.FullName);
        var id = new GrainId("Symbol", "../../etc/passwd");
        await storage.WriteAsync("candles", id, "x"u8.ToArray(), null);
        var files = Directory.GetFiles(_folder.FullName, "*", SearchOption.AllDirectories);
        var file = Assert.Single(files);
        Assert.EndsWith(".state", file);
        Assert.StartsWith(Path.Combine(_folder.FullName, "candles", "Symbol"), file);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
