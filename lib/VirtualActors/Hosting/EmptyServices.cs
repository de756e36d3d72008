namespace VirtualActors;

/// <summary>A service provider with no services, for silos built without a host.</summary>
internal sealed class EmptyServices : IServiceProvider
{
    public static readonly EmptyServices Instance = new();

    public object? GetService(Type serviceType) => null;
}
