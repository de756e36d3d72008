using System.Globalization;
using System.Text;

namespace VirtualActors.Storage;

/// <summary>
/// Grain storage in files under a root folder, one file per state: <c>{root}/{state}/{grain type}/{key}.state</c>.
/// A write goes to a temporary file that is flushed to disk and then renamed over the old one (an atomic replace on
/// POSIX), and the folder is synced, so a crash leaves either the old or the new record, never a torn one.
/// </summary>
public sealed class FileGrainStorage : IGrainStorage
{
    private const string Magic = "VA1 ";
    private readonly string _root;
    private readonly SemaphoreSlim[] _locks = new SemaphoreSlim[64];

    public FileGrainStorage(string rootDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootDirectory);
        _root = Path.GetFullPath(rootDirectory);
        Directory.CreateDirectory(_root);
        for (var i = 0; i < _locks.Length; i++)
            _locks[i] = new SemaphoreSlim(1, 1);
    }

    public async Task<StoredState?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken = default)
    {
        var path = PathOf(stateName, grainId);
        var gate = GateOf(path);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> payload, string? expectedETag, CancellationToken cancellationToken = default)
    {
        var path = PathOf(stateName, grainId);
        var gate = GateOf(path);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stored = (await ReadFileAsync(path, cancellationToken).ConfigureAwait(false))?.ETag;
            if (stored != expectedETag)
                throw new InconsistentStateException(stateName, grainId, expectedETag, stored);
            var next = stored is null ? 1 : long.Parse(stored, CultureInfo.InvariantCulture) + 1;
            var etag = next.ToString(CultureInfo.InvariantCulture);
            var directory = Path.GetDirectoryName(path)!;
            Directory.CreateDirectory(directory);
            var temp = path + ".tmp";
            await using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await file.WriteAsync(Encoding.ASCII.GetBytes(Magic + etag + "\n"), cancellationToken).ConfigureAwait(false);
                await file.WriteAsync(payload, cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
            DirectorySync.Flush(directory);
            return etag;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task ClearAsync(string stateName, GrainId grainId, string? expectedETag, CancellationToken cancellationToken = default)
    {
        var path = PathOf(stateName, grainId);
        var gate = GateOf(path);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stored = (await ReadFileAsync(path, cancellationToken).ConfigureAwait(false))?.ETag;
            if (stored != expectedETag)
                throw new InconsistentStateException(stateName, grainId, expectedETag, stored);
            if (stored is null)
                return;
            File.Delete(path);
            DirectorySync.Flush(Path.GetDirectoryName(path)!);
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task<StoredState?> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
        var newline = Array.IndexOf(bytes, (byte)'\n');
        if (newline < Magic.Length || Encoding.ASCII.GetString(bytes, 0, Magic.Length) != Magic)
            throw new InvalidDataException($"grain state file {path} is not in the expected format");
        var etag = Encoding.ASCII.GetString(bytes, Magic.Length, newline - Magic.Length);
        return new StoredState(bytes[(newline + 1)..], etag);
    }

    private string PathOf(string stateName, GrainId grainId) =>
        Path.Combine(_root, Escape(stateName), Escape(grainId.Type), Escape(grainId.Key) + ".state");

    private SemaphoreSlim GateOf(string path) => _locks[(uint)StringComparer.Ordinal.GetHashCode(path) % (uint)_locks.Length];

    /// <summary>Makes any text a safe single path segment: letters, digits, '-', '_' and '.' stay, the rest become %XX.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' || (c == '.' && sb.Length > 0))
                sb.Append(c);
            else
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.Length == 0 ? "%" : sb.ToString();
    }
}
