namespace VirtualActors.Streams;

/// <summary>Gets streams by identity.</summary>
public interface IStreamProvider
{
    IAsyncStream<T> GetStream<T>(StreamId streamId);
}
