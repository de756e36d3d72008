using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace VirtualActors.Runtime;

/// <summary>
/// The process-wide catalogue of grain interfaces (with their generated proxy factories) and grain classes. Generated
/// module initializers fill it when an assembly with grains is first used.
/// </summary>
public static class GrainTypeRegistry
{
    private static readonly ConcurrentDictionary<Type, Delegate> Proxies = new();
    private static readonly ConcurrentDictionary<string, GrainClass> ClassesByName = new(StringComparer.Ordinal);

    /// <summary>Registers the generated proxy factory of a grain interface.</summary>
    public static void RegisterInterface<TGrain>(Func<GrainRuntime, GrainId, GrainClass, TGrain> proxyFactory)
        where TGrain : IGrain => Proxies[typeof(TGrain)] = proxyFactory;

    /// <summary>Registers a grain class; a second class with the same grain type name is an error.</summary>
    public static void RegisterClass(GrainClass grainClass)
    {
        var existing = ClassesByName.GetOrAdd(grainClass.Name, grainClass);
        if (existing.ClassType != grainClass.ClassType)
            throw new InvalidOperationException(
                $"grain type name '{grainClass.Name}' is used by both {existing.ClassType} and {grainClass.ClassType}; give one a [GrainType] name");
    }

    /// <summary>Makes sure the generated registrations of an assembly have run.</summary>
    public static void EnsureRegistered(System.Reflection.Assembly assembly) =>
        RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);

    internal static Func<GrainRuntime, GrainId, GrainClass, TGrain> GetProxyFactory<TGrain>()
    {
        if (!Proxies.TryGetValue(typeof(TGrain), out var factory))
        {
            EnsureRegistered(typeof(TGrain).Assembly);
            if (!Proxies.TryGetValue(typeof(TGrain), out factory))
                throw new InvalidOperationException(
                    $"{typeof(TGrain)} has no generated proxy: is it an interface deriving from IGrain, in a project that references VirtualActors.CodeGen?");
        }
        return (Func<GrainRuntime, GrainId, GrainClass, TGrain>)factory;
    }

    internal static GrainClass GetClass(string name) =>
        ClassesByName.TryGetValue(name, out var c)
            ? c
            : throw new InvalidOperationException($"no grain class is registered with grain type name '{name}'");

    /// <summary>
    /// The class implementing <paramref name="grainInterface"/>. Where several do, a class that implements it only through
    /// a more derived grain interface gives way (IGate is served by GateGrain, not by a class of IReentrantGate : IGate);
    /// a real tie is an error that names the candidates.
    /// </summary>
    internal static GrainClass FindImplementation(Type grainInterface)
    {
        var candidates = new List<GrainClass>();
        foreach (var c in ClassesByName.Values)
        {
            if (c.Implements(grainInterface))
                candidates.Add(c);
        }
        if (candidates.Count > 1)
            candidates.RemoveAll(c => ServesDerivedInterface(c, grainInterface));
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new InvalidOperationException(
                $"no grain class implements {grainInterface}; register the assembly that holds it (AddGrainAssembly)"),
            _ => throw new InvalidOperationException(
                $"{grainInterface} is implemented by {string.Join(" and ", candidates.Select(c => c.ClassType.ToString()))}; address one of them by GrainId"),
        };
    }

    private static bool ServesDerivedInterface(GrainClass c, Type grainInterface)
    {
        foreach (var other in c.Interfaces)
        {
            if (other != grainInterface && grainInterface.IsAssignableFrom(other))
                return true;
        }
        return false;
    }

    internal static IEnumerable<GrainClass> Classes => ClassesByName.Values;
}
