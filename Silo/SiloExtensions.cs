using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using VirtualActors;
using VirtualActors.Npgsql;
using VirtualActors.Reminders;
using VirtualActors.Storage;

namespace SmartMarket.Silo;

/// <summary>Wires the grain runtime into a host: storage (files by default, PostgreSQL when configured), reminders, lifetime.</summary>
public static class SiloExtensions
{
    /// <summary>
    /// Adds the silo. With a <c>ConnectionStrings:postgres</c> setting, grain state and reminders go to PostgreSQL;
    /// otherwise to files under <see cref="SiloOptions.DataDirectory"/>.
    /// </summary>
    public static IHostApplicationBuilder AddSilo(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiloOptions>()
            .Bind(builder.Configuration.GetSection(SiloOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<RuntimeOptions>().Bind(builder.Configuration.GetSection(RuntimeOptions.SectionName));
        var postgres = builder.Configuration.GetConnectionString("postgres");
        if (!string.IsNullOrWhiteSpace(postgres))
            builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(postgres));
        builder.Services.AddSingleton(sp => CreateRuntime(sp, postgres is { Length: > 0 }));
        builder.Services.AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>());
        builder.Services.AddHostedService<SiloHostedService>();
        return builder;
    }

    private static GrainRuntime CreateRuntime(IServiceProvider services, bool usePostgres)
    {
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RuntimeOptions>>().Value;
        SmartMarket.Grains.Serialization.GrainJson.Configure(options.StateSerializerOptions);
        if (usePostgres)
        {
            var dataSource = services.GetRequiredService<NpgsqlDataSource>();
            options.Storage[RuntimeOptions.DefaultStorageName] = new PostgresGrainStorage(dataSource);
            options.ReminderTable = new PostgresReminderTable(dataSource);
        }
        else
        {
            var folder = Path.GetFullPath(services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiloOptions>>().Value.DataDirectory);
            options.Storage[RuntimeOptions.DefaultStorageName] = new FileGrainStorage(Path.Combine(folder, "grains"));
            options.ReminderTable = new FileReminderTable(Path.Combine(folder, "reminders.json"));
        }
        return new GrainRuntime(options, services, services.GetService<TimeProvider>() ?? TimeProvider.System,
            services.GetRequiredService<ILogger<GrainRuntime>>());
    }
}
