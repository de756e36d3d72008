using Microsoft.Extensions.Hosting;
using Npgsql;
using VirtualActors;
using VirtualActors.Npgsql;

namespace SmartMarket.Silo;

/// <summary>Starts the runtime with the host (creating PostgreSQL tables when used) and stops it cleanly on shutdown.</summary>
internal sealed class SiloHostedService(GrainRuntime runtime, IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService(typeof(NpgsqlDataSource)) is NpgsqlDataSource dataSource)
        {
            await new PostgresGrainStorage(dataSource).EnsureSchemaAsync(cancellationToken);
            await new PostgresReminderTable(dataSource).EnsureSchemaAsync(cancellationToken);
        }
        await runtime.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => runtime.StopAsync(cancellationToken);
}
