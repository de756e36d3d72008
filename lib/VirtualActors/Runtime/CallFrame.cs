
namespace VirtualActors.Runtime;

/// <summary>
/// One link of a call chain: the activation running a turn and the frame of whoever called it. The current frame
/// flows with the async context, so a call made anywhere inside a turn knows its chain.
/// </summary>
internal sealed class CallFrame(Activation activation, CallFrame? parent)
{
    public static readonly AsyncLocal<CallFrame?> Current = new();

    public Activation Activation { get; } = activation;

    public CallFrame? Parent { get; } = parent;

    public bool Contains(Activation activation)
    {
        for (var f = this; f is not null; f = f.Parent)
        {
            if (ReferenceEquals(f.Activation, activation))
                return true;
        }
        return false;
    }

    /// <summary>The chain from the outermost caller to this frame, e.g. "A/1 -> B/2".</summary>
    public string Describe()
    {
        var ids = new List<string>();
        for (var f = this; f is not null; f = f.Parent)
            ids.Add(f.Activation.GrainId.ToString());
        ids.Reverse();
        return string.Join(" -> ", ids);
    }
}
