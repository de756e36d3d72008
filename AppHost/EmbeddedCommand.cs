using System.CommandLine;
using SmartMarket.Api;
using SmartMarket.Api.Auth;
using SmartMarket.AppHost.Live;
using SmartMarket.Silo;
using SmartMarket.Silo.Trading;
using VirtualActors;

namespace SmartMarket.AppHost;

/// <summary>Runs silo, feed and API in this process with file storage under the data folder: nothing to install.</summary>
internal static class EmbeddedCommand
{
    public static void Configure(RootCommand root)
    {
        var duration = new Option<int?>("--duration") { Description = "Stop by itself after this many seconds." };
        var urls = new Option<string>("--urls") { Description = "Where the API listens.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var dataDir = new Option<string>("--data-dir") { Description = "Folder for grain state and reminders.", DefaultValueFactory = _ => "data" };
        var replay = new Option<string[]>("--replay") { Description = "Candle CSV files to trade instead of the synthetic market.", AllowMultipleArgumentsPerToken = true };
        var speed = new Option<double?>("--speed") { Description = "Market seconds per real second (default 300; 0 = as fast as possible)." };
        var resetAdminToken = new Option<bool>("--reset-admin-token") { Description = "Revoke the local admin's API tokens and print a new one." };
        root.Options.Add(duration);
        root.Options.Add(urls);
        root.Options.Add(dataDir);
        root.Options.Add(replay);
        root.Options.Add(speed);
        root.Options.Add(resetAdminToken);
        root.SetAction(async (parse, cancellationToken) =>
        {
            var seconds = parse.GetValue(duration);
            if (seconds is <= 0)
                return Fail("--duration must be a positive number of seconds");
            if (parse.GetValue(speed) is < 0)
                return Fail("--speed must not be negative");
            var builder = WebApplication.CreateBuilder();
            builder.WebHost.UseUrls(parse.GetValue(urls)!);
            builder.Configuration[$"{SiloOptions.SectionName}:{nameof(SiloOptions.DataDirectory)}"] = parse.GetValue(dataDir);
            var files = parse.GetValue(replay) ?? [];
            for (var i = 0; i < files.Length; i++)
                builder.Configuration[$"{FeedOptions.SectionName}:{nameof(FeedOptions.ReplayFiles)}:{i}"] = Path.GetFullPath(files[i]);
            if (parse.GetValue(speed) is { } x)
                builder.Configuration[$"{FeedOptions.SectionName}:{nameof(FeedOptions.Speed)}"] = x.ToString(System.Globalization.CultureInfo.InvariantCulture);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.AddSilo();
            builder.AddTradingGrains();
            builder.Configuration[$"{ApiOptions.SectionName}:{nameof(ApiOptions.TokenStoreFile)}"] = Path.Combine(parse.GetValue(dataDir)!, "api-users.json");
            builder.AddSmartMarketApi();
            builder.Services.AddSingleton<ISymbolCatalog>(sp =>
            {
                var feed = sp.GetRequiredService<FeedStatus>();
                return new SymbolCatalog(() => [.. feed.Symbols.Select(s => s.Ticker)]);
            });
            var app = builder.Build();
            app.MapApiEndpoints();
            app.MapSmartMarketGraphQL();
            var trading = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TradingOptions>>().Value;
            var adminToken = LocalAdmin.EnsureToken(app.Services.GetRequiredService<ApiUserStore>(), trading.AccountId, parse.GetValue(resetAdminToken));
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (seconds is { } s)
                stop.CancelAfter(TimeSpan.FromSeconds(s));
            await app.StartAsync(stop.Token);
            Console.WriteLine($"SmartMarket is running: {string.Join(", ", app.Urls)} (health: /health, runtime metrics: /api/runtime, GraphQL: /graphql). Ctrl+C stops.");
            Console.WriteLine(adminToken is null
                ? "API admin token: unchanged (shown at first start only; --reset-admin-token prints a new one)."
                : $"API admin token (shown once, only its hash is stored): {adminToken}");
            var view = new LiveView(app.Services.GetRequiredService<GrainRuntime>(), app.Services.GetRequiredService<FeedStatus>(), trading.AccountId);
            await view.RunAsync(stop.Token);
            await app.StopAsync(CancellationToken.None);
            return 0;
        });
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
