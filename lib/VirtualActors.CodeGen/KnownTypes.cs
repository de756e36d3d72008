using System.Linq;
using Microsoft.CodeAnalysis;

namespace VirtualActors.CodeGen;

/// <summary>The runtime's marker types as symbols of the compilation being generated for.</summary>
internal sealed class KnownTypes
{
    public KnownTypes(Compilation compilation)
    {
        Grain = compilation.GetTypeByMetadataName("VirtualActors.IGrain");
        GrainBase = compilation.GetTypeByMetadataName("VirtualActors.Grain");
        Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        ValueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
        ValueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
        PersistentState = compilation.GetTypeByMetadataName("VirtualActors.IPersistentState`1");
        GrainFactory = compilation.GetTypeByMetadataName("VirtualActors.IGrainFactory");
        GrainContext = compilation.GetTypeByMetadataName("VirtualActors.IGrainContext");
        TimeProvider = compilation.GetTypeByMetadataName("System.TimeProvider");
    }

    public INamedTypeSymbol? Grain { get; }

    public INamedTypeSymbol? GrainBase { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? PersistentState { get; }

    public INamedTypeSymbol? GrainFactory { get; }

    public INamedTypeSymbol? GrainContext { get; }

    public INamedTypeSymbol? TimeProvider { get; }

    public bool IsAvailable => Grain is not null && GrainBase is not null;

    public bool IsGrainInterface(INamedTypeSymbol type) =>
        SymbolEqualityComparer.Default.Equals(type, Grain) || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, Grain));

    /// <summary>IGrain and the key-kind markers carry no methods and get no proxy.</summary>
    public bool IsMarker(INamedTypeSymbol type) =>
        type.ContainingNamespace.ToDisplayString() == "VirtualActors" &&
        type.Name is "IGrain" or "IGrainWithStringKey" or "IGrainWithGuidKey" or "IGrainWithIntegerKey";

    public bool IsGrainClass(INamedTypeSymbol type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(t, GrainBase))
                return true;
        }
        return false;
    }

    public static AttributeData? Attribute(ISymbol symbol, string fullName) =>
        symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == fullName);
}
