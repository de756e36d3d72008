using GraphQL.Execution;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One source stream shared by every subscriber of the same document, operation, variables and scope: each event is executed
/// and serialized once, and the same bytes are queued to every subscriber.
/// </summary>
internal sealed class SharedSubscription(SubscriptionHub hub, string key, PreparedOperation operation, ExecutionOptions options)
{
    private readonly CancellationTokenSource _stop = new();
    private Subscriber[] _subscribers = [];

    public string Key { get; } = key;

    /// <summary>Set by the hub, under its lock, once the stream has ended; later subscribers start a new one.</summary>
    public bool Closed { get; set; }

    /// <summary>Adds a subscriber; called under the hub's lock.</summary>
    public void Add(Subscriber subscriber) => _subscribers = [.. _subscribers, subscriber];

    /// <summary>Removes a subscriber and says whether none remain; called under the hub's lock.</summary>
    public bool Remove(Subscriber subscriber)
    {
        var index = Array.IndexOf(_subscribers, subscriber);
        if (index >= 0)
            _subscribers = [.. _subscribers.AsSpan(0, index), .. _subscribers.AsSpan(index + 1)];
        return _subscribers.Length == 0;
    }

    /// <summary>Stops the source stream once its last subscriber has left.</summary>
    public void Stop() => _stop.Cancel();

    /// <summary>Creates the source stream and pumps events until it ends, fails or is stopped.</summary>
    public async Task RunAsync()
    {
        IReadOnlyList<GraphQLError>? failure = null;
        try
        {
            var (stream, error) = await operation.CreateSourceStreamAsync(_stop.Token).ConfigureAwait(false);
            if (stream is null)
            {
                failure = error!.Errors;
                return;
            }

            await foreach (var sourceEvent in stream.WithCancellation(_stop.Token).ConfigureAwait(false))
            {
                var result = await operation.ExecuteEventAsync(sourceEvent, _stop.Token).ConfigureAwait(false);
                var payload = result.ToUtf8Bytes();
                // A snapshot: subscribers joining or leaving swap the array, never mutate it.
                foreach (var subscriber in Volatile.Read(ref _subscribers))
                    subscriber.Next(payload);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex)
        {
            // The stream itself failed after starting: tell subscribers in a result, then complete.
            var payload = ExecutionResult.FromErrors([new GraphQLError(options.ExposeExceptionMessages ? ex.Message : options.HiddenExceptionMessage)]).ToUtf8Bytes();
            foreach (var subscriber in Volatile.Read(ref _subscribers))
                subscriber.Next(payload);
        }
        finally
        {
            // Stopped by the hub means no subscribers remain, so the list below is empty.
            var last = hub.Close(this, () => Interlocked.Exchange(ref _subscribers, []));
            foreach (var subscriber in last)
            {
                if (failure is null)
                    subscriber.Complete();
                else
                    subscriber.Error(failure);
            }

            _stop.Dispose();
        }
    }
}
