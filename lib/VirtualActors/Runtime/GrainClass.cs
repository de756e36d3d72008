namespace VirtualActors.Runtime;

/// <summary>What the runtime knows about one grain class; written by the source generator, read without reflection.</summary>
/// <param name="Name">Grain type name used in identities and storage.</param>
/// <param name="Create">Builds the grain instance for an activation (constructor arguments resolved by generated code).</param>
/// <param name="MaxWorkers">0 for a normal grain; the pool size for a stateless worker.</param>
/// <param name="CollectionAgeMinutes">0 uses the silo's default.</param>
public sealed record GrainClass(
    string Name,
    Type ClassType,
    IReadOnlyList<Type> Interfaces,
    Func<IGrainContext, object> Create,
    bool Reentrant = false,
    int MaxWorkers = 0,
    IReadOnlyList<string>? ImplicitStreamNamespaces = null,
    double CollectionAgeMinutes = 0)
{
    public bool IsStatelessWorker => MaxWorkers != 0;

    public bool Implements(Type grainInterface)
    {
        foreach (var t in Interfaces)
        {
            if (t == grainInterface)
                return true;
        }
        return false;
    }
}
