namespace VirtualActors.Runtime;

/// <summary>Static facts about one grain interface method, generated once per method.</summary>
/// <param name="TimeoutSeconds">Response timeout override; 0 uses the silo's default.</param>
public sealed record RequestInfo(string Interface, string Method, bool AlwaysInterleave, double TimeoutSeconds)
{
    public override string ToString() => Interface + "." + Method;
}
