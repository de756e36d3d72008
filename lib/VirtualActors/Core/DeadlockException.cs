namespace VirtualActors;

/// <summary>A call would wait on a non-reentrant grain that is itself waiting further up the same call chain.</summary>
public sealed class DeadlockException(string message) : Exception(message);
