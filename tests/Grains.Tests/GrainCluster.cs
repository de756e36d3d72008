using SmartMarket.Grains.Accounts;
using SmartMarket.Grains.Serialization;
using VirtualActors;
using VirtualActors.Runtime;
using VirtualActors.Storage;
using VirtualActors.Testing;

namespace Grains.Tests;

/// <summary>Starts in-process clusters with the trading grains registered and their JSON settings applied.</summary>
internal static class GrainCluster
{
    public static Task<TestCluster> StartAsync(string? fileStorageFolder = null)
    {
        GrainTypeRegistry.EnsureRegistered(typeof(AccountGrain).Assembly);
        return TestCluster.StartAsync(options =>
        {
            GrainJson.Configure(options.StateSerializerOptions);
            if (fileStorageFolder is not null)
                options.Storage[RuntimeOptions.DefaultStorageName] = new FileGrainStorage(fileStorageFolder);
        });
    }
}
