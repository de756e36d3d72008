using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Input Object Field Uniqueness: an object literal gives each field once.</summary>
public sealed class UniqueInputFieldNamesRule : ValidationRule
{
    private readonly Stack<Dictionary<string, NameNode>> _stack = new();
    private Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override void EnterObjectValue(ObjectValueNode node)
    {
        _stack.Push(_known);
        _known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public override void LeaveObjectValue(ObjectValueNode node) => _known = _stack.Pop();

    /// <inheritdoc />
    public override void EnterObjectField(ObjectFieldNode node)
    {
        if (_known.TryGetValue(node.Name.Value, out var first))
            Report($"There can be only one input field named \"{node.Name.Value}\".", first, node.Name);
        else
            _known[node.Name.Value] = node.Name;
    }
}
