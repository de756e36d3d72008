namespace VirtualActors.Streams;

/// <summary>A stream's identity: a namespace (what kind of events) and a key (whose events).</summary>
public readonly record struct StreamId(string Namespace, string Key)
{
    public override string ToString() => Namespace + "/" + Key;
}
