using System.Text.Json;
using VirtualActors.Storage;

namespace VirtualActors.Reminders;

/// <summary>Reminders in one JSON file, replaced atomically (temporary file, flush, rename, folder sync) on each change.</summary>
public sealed class FileReminderTable : IReminderTable
{
    private readonly string _path;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public FileReminderTable(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
    }

    public async Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await LoadAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default) =>
        ChangeAsync(list =>
        {
            list.RemoveAll(e => e.GrainId == entry.GrainId && e.Name == entry.Name);
            list.Add(entry);
            return true;
        }, cancellationToken);

    public Task<bool> RemoveAsync(GrainId grainId, string name, CancellationToken cancellationToken = default) =>
        ChangeAsync(list => list.RemoveAll(e => e.GrainId == grainId && e.Name == name) > 0, cancellationToken);

    private async Task<bool> ChangeAsync(Func<List<ReminderEntry>, bool> change, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var list = await LoadAsync(cancellationToken).ConfigureAwait(false);
            if (!change(list))
                return false;
            var temp = _path + ".tmp";
            await using (var file = File.Create(temp))
            {
                await JsonSerializer.SerializeAsync(file, list, cancellationToken: cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }
            File.Move(temp, _path, overwrite: true);
            DirectorySync.Flush(Path.GetDirectoryName(_path)!);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<List<ReminderEntry>> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_path))
            return [];
        await using var file = File.OpenRead(_path);
        return await JsonSerializer.DeserializeAsync<List<ReminderEntry>>(file, cancellationToken: cancellationToken).ConfigureAwait(false) ?? [];
    }
}
