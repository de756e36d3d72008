using System.Threading.Channels;

namespace SmartMarket.Api.Backtests;

/// <summary>One submitted backtest: its current <see cref="BacktestView"/> and the listeners that want each change.</summary>
internal sealed class BacktestJob(BacktestView initial)
{
    // Progress is only worth its latest value, so a slow listener keeps the newest few; the final view is the newest.
    private const int ListenerBuffer = 16;
    private readonly Lock _lock = new();
    private readonly List<ChannelWriter<BacktestView>> _listeners = [];
    private BacktestView _view = initial;

    /// <summary>The backtest now.</summary>
    public BacktestView View
    {
        get
        {
            lock (_lock)
                return _view;
        }
    }

    /// <summary>A reader that yields the current view at once, then every change, and completes after the final one.</summary>
    public ChannelReader<BacktestView> Listen(CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<BacktestView>(new BoundedChannelOptions(ListenerBuffer) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_lock)
        {
            channel.Writer.TryWrite(_view);
            if (_view.IsFinal)
            {
                channel.Writer.TryComplete();
                return channel.Reader;
            }
            _listeners.Add(channel.Writer);
        }
        cancellationToken.Register(() =>
        {
            lock (_lock)
                _listeners.Remove(channel.Writer);
            channel.Writer.TryComplete();
        });
        return channel.Reader;
    }

    /// <summary>Replaces the view and tells every listener; after a final view the listeners are completed and dropped.</summary>
    public void Update(Func<BacktestView, BacktestView> change)
    {
        lock (_lock)
        {
            if (_view.IsFinal)
                return;
            _view = change(_view);
            foreach (var listener in _listeners)
            {
                listener.TryWrite(_view);
                if (_view.IsFinal)
                    listener.TryComplete();
            }
            if (_view.IsFinal)
                _listeners.Clear();
        }
    }
}
