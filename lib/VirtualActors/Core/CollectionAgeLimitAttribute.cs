namespace VirtualActors;

/// <summary>How long an activation of this class may stay idle before it is collected, overriding the silo default.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CollectionAgeLimitAttribute(double minutes) : Attribute
{
    public double Minutes { get; } = minutes;
}
