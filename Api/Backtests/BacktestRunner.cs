using System.Collections.Concurrent;
using SmartMarket.Trading.Backtesting;
using SmartMarket.Trading.Backtesting.Reports;

namespace SmartMarket.Api.Backtests;

/// <summary>
/// Runs backtests submitted through the API on background tasks, at most <c>concurrency</c> at a time. Results stay in
/// memory for the process's life; each completed run also writes <c>{folder}/{id}/report.json</c>.
/// </summary>
public sealed class BacktestRunner : IDisposable
{
    private const double ProgressStep = 0.01;
    private readonly ConcurrentDictionary<string, BacktestJob> _jobs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots;
    private readonly CancellationTokenSource _stopping = new();
    private readonly string _folder;
    private readonly TimeProvider _clock;

    /// <param name="folder">Where report folders are written.</param>
    /// <param name="concurrency">How many backtests may run at once.</param>
    /// <param name="clock">Stamps submission and finish times.</param>
    public BacktestRunner(string folder, int concurrency, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        _folder = Path.GetFullPath(folder);
        _slots = new SemaphoreSlim(concurrency, concurrency);
        _clock = clock;
    }

    /// <summary>Queues <paramref name="request"/> for <paramref name="owner"/> and returns at once with its id.</summary>
    public BacktestView Submit(BacktestRequest request, string owner)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = "bt-" + Guid.NewGuid().ToString("N")[..12];
        var job = new BacktestJob(new BacktestView(id, owner, request.Options.Strategy, request.Description, BacktestState.Queued, 0, _clock.GetUtcNow().UtcDateTime, null, null, null, null));
        _jobs[id] = job;
        _ = Task.Run(() => RunAsync(job, request));
        return job.View;
    }

    /// <summary>The backtest with <paramref name="id"/>, or null when none was submitted.</summary>
    public BacktestView? Find(string id) => _jobs.TryGetValue(id, out var job) ? job.View : null;

    /// <summary>Every backtest, newest first.</summary>
    public IReadOnlyList<BacktestView> All()
    {
        var views = new List<BacktestView>(_jobs.Count);
        foreach (var job in _jobs.Values)
            views.Add(job.View);
        views.Sort((a, b) => b.SubmittedAt != a.SubmittedAt ? b.SubmittedAt.CompareTo(a.SubmittedAt) : string.CompareOrdinal(a.Id, b.Id));
        return views;
    }

    /// <summary>Current view then every change of backtest <paramref name="id"/>; null when unknown.</summary>
    internal System.Threading.Channels.ChannelReader<BacktestView>? Listen(string id, CancellationToken cancellationToken) =>
        _jobs.TryGetValue(id, out var job) ? job.Listen(cancellationToken) : null;

    /// <summary>Cancels running backtests (they end as failed).</summary>
    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task RunAsync(BacktestJob job, BacktestRequest request)
    {
        var token = _stopping.Token;
        try
        {
            await _slots.WaitAsync(token);
        }
        catch (OperationCanceledException)
        {
            Finish(job, "the service stopped before the backtest started");
            return;
        }
        try
        {
            job.Update(v => v with { State = BacktestState.Running });
            var last = 0.0;
            var result = Backtester.Run(request.Data(), request.Options, fraction =>
            {
                // The backtester reports often; listeners get a change only each whole percent.
                if (fraction - last < ProgressStep && fraction < 1)
                    return;
                last = fraction;
                job.Update(v => v with { Progress = fraction });
            }, token);
            var folder = Path.Combine(_folder, job.View.Id);
            Directory.CreateDirectory(folder);
            var report = Path.Combine(folder, "report.json");
            BacktestJsonReport.Write(result, report);
            var metrics = BacktestMetrics.From(result);
            job.Update(v => v with { State = BacktestState.Completed, Progress = 1, FinishedAt = _clock.GetUtcNow().UtcDateTime, ReportPath = report, Metrics = metrics });
        }
        catch (Exception e)
        {
            // Whatever went wrong, the job must end failed with the reason rather than stay running for ever.
            Finish(job, e.Message);
        }
        finally
        {
            _slots.Release();
        }
    }

    private void Finish(BacktestJob job, string error) =>
        job.Update(v => v with { State = BacktestState.Failed, FinishedAt = _clock.GetUtcNow().UtcDateTime, Error = error });
}
