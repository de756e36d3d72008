namespace VirtualActors.Runtime;

/// <summary>The result type of grain methods that return no value.</summary>
public readonly struct VoidResult;
