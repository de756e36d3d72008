namespace Grains.Tests.Models;

/// <summary>Hands out one service instance for its type and nothing else.</summary>
internal sealed class SingleServiceProvider(Type serviceType, object service) : IServiceProvider
{
    public object? GetService(Type type) => type == serviceType ? service : null;
}
