using System.Text.Json;

namespace VirtualActors.Storage;

/// <summary>Serializes a grain's state with System.Text.Json into an <see cref="IGrainStorage"/>.</summary>
internal sealed class PersistentState<TState>(string stateName, GrainId grainId, IGrainStorage storage, JsonSerializerOptions options)
    : IPersistentState<TState>, IStateLoader
    where TState : new()
{
    public TState State { get; set; } = new();

    public string? Etag { get; private set; }

    public bool RecordExists { get; private set; }

    public Task LoadAsync() => ReadStateAsync();

    public async Task ReadStateAsync()
    {
        var stored = await storage.ReadAsync(stateName, grainId).ConfigureAwait(false);
        if (stored is null)
        {
            State = new TState();
            Etag = null;
            RecordExists = false;
            return;
        }
        State = JsonSerializer.Deserialize<TState>(stored.Payload, options) ?? new TState();
        Etag = stored.ETag;
        RecordExists = true;
    }

    public async Task WriteStateAsync()
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(State, options);
        Etag = await storage.WriteAsync(stateName, grainId, payload, Etag).ConfigureAwait(false);
        RecordExists = true;
    }

    public async Task ClearStateAsync()
    {
        await storage.ClearAsync(stateName, grainId, Etag).ConfigureAwait(false);
        State = new TState();
        Etag = null;
        RecordExists = false;
    }
}
