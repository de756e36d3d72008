using System.Globalization;

namespace VirtualActors;

/// <summary>A grain's identity: its grain type name and its key. Guid and integer keys are kept in canonical text form.</summary>
public readonly record struct GrainId(string Type, string Key)
{
    public static GrainId Create(string type, Guid key) => new(type, key.ToString("N"));

    public static GrainId Create(string type, long key) => new(type, key.ToString(CultureInfo.InvariantCulture));

    /// <summary>The key as a Guid; throws when the grain is not Guid-keyed.</summary>
    public Guid GetGuidKey() => Guid.TryParseExact(Key, "N", out var g)
        ? g
        : throw new InvalidOperationException($"grain {this} does not have a Guid key");

    /// <summary>The key as an integer; throws when the grain is not integer-keyed.</summary>
    public long GetIntegerKey() => long.TryParse(Key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
        ? n
        : throw new InvalidOperationException($"grain {this} does not have an integer key");

    public override string ToString() => Type + "/" + Key;
}
