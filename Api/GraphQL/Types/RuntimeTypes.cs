using GraphQL.Building;
using VirtualActors.Metrics;

namespace SmartMarket.Api.GraphQL.Types;

/// <summary>The grain runtime's metrics: activations, call rates and latency per grain type.</summary>
internal static class RuntimeTypes
{
    public static void Register(SchemaBuilder b)
    {
        b.Object<RuntimeMetricsSnapshot>("Runtime", t =>
        {
            t.Field("time", "DateTime!", r => r.Time.UtcDateTime);
            t.Field("windowSeconds", "Float!", r => r.Window.TotalSeconds).Description("The window rates and percentiles cover.");
            t.Field("activations", "Int!", r => r.Activations);
            t.Field("totalCalls", "Long!", r => r.TotalCalls);
            t.Field("callsPerSecond", "Float!", r => r.CallsPerSecond);
            t.Field("mailboxDepth", "Int!", r => r.MailboxDepth);
            t.Field("grainTypes", "[GrainTypeMetrics!]!", r => r.GrainTypes);
        });
        b.Object<GrainTypeMetricsSnapshot>("GrainTypeMetrics", t =>
        {
            t.Field("grainType", "String!", g => g.GrainType);
            t.Field("activations", "Int!", g => g.Activations);
            t.Field("totalCalls", "Long!", g => g.TotalCalls);
            t.Field("callsPerSecond", "Float!", g => g.CallsPerSecond);
            t.Field("latencyP50Microseconds", "Float!", g => g.LatencyP50Microseconds);
            t.Field("latencyP90Microseconds", "Float!", g => g.LatencyP90Microseconds);
            t.Field("latencyP99Microseconds", "Float!", g => g.LatencyP99Microseconds);
            t.Field("mailboxDepth", "Int!", g => g.MailboxDepth);
        });
        b.Object<Auth.ApiUser>("User", t =>
        {
            t.Field("name", "String!", u => u.Name);
            t.Field("role", "Role!", u => u.Role);
        });
        b.Enum<Auth.ApiRole>("Role");
    }
}
