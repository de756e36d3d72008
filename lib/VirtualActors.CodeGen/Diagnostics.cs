using Microsoft.CodeAnalysis;

namespace VirtualActors.CodeGen;

/// <summary>Errors for grain declarations the runtime cannot call.</summary>
internal static class Diagnostics
{
    public static readonly DiagnosticDescriptor BadReturnType = new(
        "VA0001", "Grain method must return a task", "Grain method {0}.{1} returns {2}; grain methods return Task, Task<T>, ValueTask or ValueTask<T>",
        "VirtualActors", DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor GenericMethod = new(
        "VA0002", "Grain methods cannot be generic", "Grain method {0}.{1} is generic; generic grain methods are not supported",
        "VirtualActors", DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor RefParameter = new(
        "VA0003", "Grain method parameters are passed by value", "Parameter {2} of grain method {0}.{1} is ref, out or in; grain calls pass arguments by value",
        "VirtualActors", DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NotAMethod = new(
        "VA0004", "Grain interfaces hold only methods", "Grain interface {0} declares {1}, which is not a method; grain interfaces declare only methods",
        "VirtualActors", DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NoConstructor = new(
        "VA0005", "Grain class needs a public constructor", "Grain class {0} has no public constructor",
        "VirtualActors", DiagnosticSeverity.Error, isEnabledByDefault: true);
}
