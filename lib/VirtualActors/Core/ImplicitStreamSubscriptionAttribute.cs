namespace VirtualActors;

/// <summary>
/// Every stream in <see cref="Namespace"/> delivers to the grain of this class whose key equals the stream key,
/// activating it if needed. The grain receives events through <see cref="Streams.IAsyncObserver{T}"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ImplicitStreamSubscriptionAttribute(string @namespace) : Attribute
{
    public string Namespace { get; } = @namespace;
}
