namespace VirtualActors;

/// <summary>Overrides the silo's response timeout for one grain interface method.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ResponseTimeoutAttribute(double seconds) : Attribute
{
    public double Seconds { get; } = seconds;
}
