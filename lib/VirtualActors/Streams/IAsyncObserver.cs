namespace VirtualActors.Streams;

/// <summary>Receives a stream's events, one at a time, in publication order.</summary>
public interface IAsyncObserver<in T>
{
    ValueTask OnNextAsync(T item);
}
