using VirtualActors;

namespace SmartMarket.Api;

/// <summary>The HTTP surface: health and the runtime's metrics (GraphQL and the dashboard come on top of this).</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapApiEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        app.MapGet("/api/runtime", (GrainRuntime runtime) => Results.Ok(runtime.GetMetrics()));
        return app;
    }
}
