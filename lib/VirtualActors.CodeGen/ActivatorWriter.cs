using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace VirtualActors.CodeGen;

/// <summary>Writes the registration of one grain class: its traits and a constructor call with runtime-supplied arguments.</summary>
internal static class ActivatorWriter
{
    public static void Write(INamedTypeSymbol grainClass, KnownTypes known, SourceProductionContext context, StringBuilder registrations)
    {
        var constructor = grainClass.InstanceConstructors
            .Where(c => c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal)
            .OrderByDescending(c => c.Parameters.Length)
            .FirstOrDefault();
        if (constructor is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Diagnostics.NoConstructor, grainClass.Locations.FirstOrDefault(), grainClass.Name));
            return;
        }
        var arguments = string.Join(", ", constructor.Parameters.Select(p => Argument(p, known)));
        var interfaces = grainClass.AllInterfaces
            .Where(i => known.IsGrainInterface(i) && !known.IsMarker(i))
            .Select(i => "typeof(" + Naming.Type(i) + ")");
        var name = KnownTypes.Attribute(grainClass, "VirtualActors.GrainTypeAttribute")?.ConstructorArguments.FirstOrDefault().Value as string
            ?? grainClass.Name;
        var reentrant = KnownTypes.Attribute(grainClass, "VirtualActors.ReentrantAttribute") is not null;
        var worker = KnownTypes.Attribute(grainClass, "VirtualActors.StatelessWorkerAttribute");
        var maxWorkers = worker is null ? 0 : worker.ConstructorArguments.FirstOrDefault().Value is int n && n > 0 ? n : -1;
        var namespaces = grainClass.GetAttributes()
            .Where(a => a.AttributeClass?.ToDisplayString() == "VirtualActors.ImplicitStreamSubscriptionAttribute")
            .Select(a => Naming.Literal(a.ConstructorArguments.FirstOrDefault().Value as string))
            .ToList();
        var age = KnownTypes.Attribute(grainClass, "VirtualActors.CollectionAgeLimitAttribute")?.ConstructorArguments.FirstOrDefault().Value is double minutes
            ? minutes
            : 0;
        registrations
            .Append("            global::VirtualActors.Runtime.GrainTypeRegistry.RegisterClass(new global::VirtualActors.Runtime.GrainClass(")
            .Append(Naming.Literal(name)).Append(", typeof(").Append(Naming.Type(grainClass)).Append("), new global::System.Type[] { ")
            .Append(string.Join(", ", interfaces)).Append(" }, static context => new ").Append(Naming.Type(grainClass)).Append('(').Append(arguments).Append("), ")
            .Append("Reentrant: ").Append(reentrant ? "true" : "false")
            .Append(", MaxWorkers: ").Append(maxWorkers.ToString(CultureInfo.InvariantCulture))
            .Append(", ImplicitStreamNamespaces: ").Append(namespaces.Count == 0 ? "null" : "new string[] { " + string.Join(", ", namespaces) + " }")
            .Append(", CollectionAgeMinutes: ").Append(age.ToString("R", CultureInfo.InvariantCulture))
            .AppendLine("));");
    }

    private static string Argument(IParameterSymbol parameter, KnownTypes known)
    {
        var type = parameter.Type;
        var state = KnownTypes.Attribute(parameter, "VirtualActors.PersistentStateAttribute");
        if (state is not null && type is INamedTypeSymbol named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, known.PersistentState))
        {
            var stateName = state.ConstructorArguments.ElementAtOrDefault(0).Value as string;
            var storage = state.ConstructorArguments.ElementAtOrDefault(1).Value as string;
            return $"global::VirtualActors.GrainContextExtensions.GetPersistentState<{Naming.Type(named.TypeArguments[0])}>(context, {Naming.Literal(stateName)}, {Naming.Literal(storage)})";
        }
        if (SymbolEqualityComparer.Default.Equals(type, known.GrainFactory))
            return "context.GrainFactory";
        if (SymbolEqualityComparer.Default.Equals(type, known.GrainContext))
            return "context";
        if (SymbolEqualityComparer.Default.Equals(type, known.TimeProvider))
            return "context.TimeProvider";
        if (parameter.HasExplicitDefaultValue || type.NullableAnnotation == NullableAnnotation.Annotated)
            return $"({Naming.Type(type)})context.Services.GetService(typeof({Naming.Type(type.WithNullableAnnotation(NullableAnnotation.NotAnnotated))}))";
        return $"global::VirtualActors.GrainContextExtensions.GetRequiredService<{Naming.Type(type)}>(context)";
    }
}
