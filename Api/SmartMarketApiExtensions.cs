using System.Threading.RateLimiting;
using GraphQL.AspNetCore;
using GraphQL.Execution;
using GraphQL.Validation;
using Microsoft.Extensions.Options;
using SmartMarket.Api.Auth;
using SmartMarket.Api.Backtests;
using SmartMarket.Api.GraphQL;
using SmartMarket.Api.Signals;

namespace SmartMarket.Api;

/// <summary>Wires the GraphQL API: token store, per-token rate limiting, depth and cost limits, HTTP and WebSocket at /graphql.</summary>
public static class SmartMarketApiExtensions
{
    private const string RateLimitPolicy = "per-token";
    private const string UserItem = "SmartMarket.ApiUser";

    /// <summary>Registers <see cref="ApiOptions"/> (section "Api"), the <see cref="ApiUserStore"/> and the rate limiter.</summary>
    public static IHostApplicationBuilder AddSmartMarketApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiOptions>().Bind(builder.Configuration.GetSection(ApiOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => new ApiUserStore(sp.GetRequiredService<IOptions<ApiOptions>>().Value.TokenStoreFile,
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ApiOptions>>().Value;
            var folder = options.BacktestDirectory ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.TokenStoreFile))!, "backtests");
            return new BacktestRunner(folder, options.MaxConcurrentBacktests, sp.GetService<TimeProvider>() ?? TimeProvider.System);
        });
        builder.Services.AddSingleton<SignalLog>();
        builder.Services.AddHostedService<SignalLogStartup>();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicy, http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
                // Partition by the token itself (anonymous callers by address) so one script cannot starve another.
                var key = BearerToken.FromHeader(http.Request.Headers.Authorization) ?? "ip:" + http.Connection.RemoteIpAddress;
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitsPerWindow,
                    Window = TimeSpan.FromSeconds(options.WindowSeconds),
                    QueueLimit = 0,
                });
            });
        });
        return builder;
    }

    /// <summary>Serves the schema at <paramref name="path"/> over HTTP and graphql-transport-ws, and GraphiQL at <c>{path}/ui</c>.</summary>
    public static WebApplication MapSmartMarketGraphQL(this WebApplication app, string path = "/graphql")
    {
        var options = app.Services.GetRequiredService<IOptions<ApiOptions>>().Value;
        var store = app.Services.GetRequiredService<ApiUserStore>();
        var executor = new RequestExecutor(SmartMarketSchema.Schema, new RequestExecutorOptions
        {
            Rules = SpecifiedRules.WithLimits(options.MaxDepth, options.MaxCost),
        });
        app.UseWebSockets();
        app.UseRateLimiter();
        app.MapGraphQL(path, executor, new GraphQLEndpointOptions
        {
            UserContextFactory = http => ValueTask.FromResult<object?>(
                http.Items.TryGetValue(UserItem, out var user) ? user : store.Authenticate(BearerToken.FromHeader(http.Request.Headers.Authorization))),
            ConnectionInitHandler = (http, payload) =>
            {
                // A socket without a token is still accepted (resolvers refuse it field by field); a wrong token is not.
                var token = BearerToken.FromPayload(payload) ?? BearerToken.FromHeader(http.Request.Headers.Authorization);
                if (token is null)
                    return ValueTask.FromResult(true);
                var user = store.Authenticate(token);
                http.Items[UserItem] = user;
                return ValueTask.FromResult(user is not null);
            },
            SubscriptionScope = user => (user as ApiUser)?.Name ?? string.Empty,
        }).RequireRateLimiting(RateLimitPolicy);
        app.MapGraphQLExplorer(path + "/ui", path);
        return app;
    }
}
