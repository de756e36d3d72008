using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Leaf Field Selections: leaf fields have no selection set, composite fields must have one.</summary>
public sealed class ScalarLeafsRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterField(FieldNode node)
    {
        var type = Context.Type;
        if (type is null)
            return;
        var name = node.Name.Value;
        if (type.GetNamedType().IsLeafType)
        {
            if (node.SelectionSet is not null)
                Report($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", node.SelectionSet);
        }
        else if (node.SelectionSet is null)
        {
            Report($"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", node);
        }
    }
}
