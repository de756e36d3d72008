namespace VirtualActors;

/// <summary>A grain call got no response within its response timeout.</summary>
public sealed class GrainCallTimeoutException(string message) : TimeoutException(message);
