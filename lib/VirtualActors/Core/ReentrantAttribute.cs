namespace VirtualActors;

/// <summary>Turns of this grain class may interleave: a new call starts while another awaits.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReentrantAttribute : Attribute;
