namespace VirtualActors;

/// <summary>This grain method interleaves with any turn, even on a non-reentrant grain.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class AlwaysInterleaveAttribute : Attribute;
