namespace GraphQL.Execution;

/// <summary>
/// A map or list in the result tree. Nodes know their parent so that a non-null violation found after
/// an asynchronous resolver completes can null the nearest nullable ancestor, as the specification requires.
/// </summary>
public abstract class ResultNode
{
    private protected ResultNode()
    {
    }

    internal ResultNode? Parent { get; set; }

    internal int ParentIndex { get; set; }

    /// <summary>Set when the node was dropped (its parent became null) before being attached.</summary>
    internal bool Discarded { get; set; }

    internal abstract bool IsNonNullSlot(int index);

    internal abstract void SetSlot(int index, object? value);

    /// <summary>Stores a completed value, linking child nodes to this one.</summary>
    internal void SetChild(int index, object? value)
    {
        if (value is ResultNode child)
        {
            child.Parent = this;
            child.ParentIndex = index;
        }

        SetSlot(index, value);
    }
}
