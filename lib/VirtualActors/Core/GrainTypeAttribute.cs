namespace VirtualActors;

/// <summary>A stable grain type name for a grain class (used in identities and storage keys); defaults to the class name.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
