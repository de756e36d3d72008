using System.CommandLine;
using SmartMarket.Api;
using SmartMarket.Silo;

namespace SmartMarket.AppHost;

/// <summary>Runs silo and API in this process with file storage under the data folder: nothing to install.</summary>
internal static class EmbeddedCommand
{
    public static void Configure(RootCommand root)
    {
        var duration = new Option<int?>("--duration") { Description = "Stop by itself after this many seconds." };
        var urls = new Option<string>("--urls") { Description = "Where the API listens.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var dataDir = new Option<string>("--data-dir") { Description = "Folder for grain state and reminders.", DefaultValueFactory = _ => "data" };
        root.Options.Add(duration);
        root.Options.Add(urls);
        root.Options.Add(dataDir);
        root.SetAction(async (parse, cancellationToken) =>
        {
            var seconds = parse.GetValue(duration);
            if (seconds is <= 0)
            {
                Console.Error.WriteLine("--duration must be a positive number of seconds");
                return 2;
            }
            var builder = WebApplication.CreateBuilder();
            builder.WebHost.UseUrls(parse.GetValue(urls)!);
            builder.Configuration[$"{SiloOptions.SectionName}:{nameof(SiloOptions.DataDirectory)}"] = parse.GetValue(dataDir);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.AddSilo();
            var app = builder.Build();
            app.MapApiEndpoints();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (seconds is { } s)
                stop.CancelAfter(TimeSpan.FromSeconds(s));
            await app.StartAsync(stop.Token);
            Console.WriteLine($"SmartMarket is running: {string.Join(", ", app.Urls)} (health: /health, runtime metrics: /api/runtime). Ctrl+C stops.");
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or --duration: fall through to a clean stop.
            }
            await app.StopAsync(CancellationToken.None);
            return 0;
        });
    }
}
