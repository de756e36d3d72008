using System.Collections.Concurrent;
using System.Diagnostics;

namespace VirtualActors.Metrics;

/// <summary>The metrics of one silo: per grain type counters, and snapshots with windowed rates and percentiles.</summary>
/// <param name="timestampFrequency">Ticks per second of the timestamps calls are measured with.</param>
public sealed class RuntimeMetrics(long timestampFrequency)
{
    private readonly double _nanosecondsPerTick = 1e9 / timestampFrequency;
    private readonly ConcurrentDictionary<string, GrainTypeMetrics> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Calls, long[] Counts)> _previous = [];
    private readonly Lock _snapshotLock = new();
    private long _previousAt = Stopwatch.GetTimestamp();

    public GrainTypeMetrics For(string grainType) => _types.GetOrAdd(grainType, static (t, ns) => new GrainTypeMetrics(t, ns), _nanosecondsPerTick);

    /// <summary>Takes a snapshot; <paramref name="mailboxDepth"/> gives the queued calls per grain type right now.</summary>
    public RuntimeMetricsSnapshot Snapshot(DateTimeOffset time, IReadOnlyDictionary<string, int> mailboxDepth)
    {
        lock (_snapshotLock)
        {
            var now = Stopwatch.GetTimestamp();
            var seconds = Math.Max((double)(now - _previousAt) / Stopwatch.Frequency, 1e-9);
            _previousAt = now;
            var rows = new List<GrainTypeMetricsSnapshot>();
            long totalCalls = 0;
            var activations = 0;
            var queued = 0;
            double rate = 0;
            foreach (var m in _types.Values.OrderBy(t => t.GrainType, StringComparer.Ordinal))
            {
                var calls = m.Calls;
                var counts = m.Latency.Snapshot();
                var window = (long[])counts.Clone();
                if (_previous.TryGetValue(m.GrainType, out var before))
                {
                    for (var i = 0; i < window.Length; i++)
                        window[i] -= before.Counts[i];
                }
                var callsPerSecond = (calls - before.Calls) / seconds;
                _previous[m.GrainType] = (calls, counts);
                var depth = mailboxDepth.TryGetValue(m.GrainType, out var d) ? d : 0;
                rows.Add(new GrainTypeMetricsSnapshot(
                    m.GrainType, m.Activations, calls, callsPerSecond,
                    LatencyHistogram.Percentile(window, 0.50) / 1000,
                    LatencyHistogram.Percentile(window, 0.90) / 1000,
                    LatencyHistogram.Percentile(window, 0.99) / 1000,
                    depth));
                totalCalls += calls;
                activations += m.Activations;
                queued += depth;
                rate += callsPerSecond;
            }
            return new RuntimeMetricsSnapshot(time, TimeSpan.FromSeconds(seconds), rows, activations, totalCalls, rate, queued);
        }
    }
}
