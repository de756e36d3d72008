using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Values of Correct Type, Input Object Field Names, Input Object Required Fields and OneOf Input
/// Objects: every literal fits the input type expected where it appears.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    private readonly Dictionary<string, VariableDefinitionNode> _variables = new(StringComparer.Ordinal);
    private ValueNode? _skipped;

    /// <inheritdoc />
    public override void EnterOperationDefinition(OperationDefinitionNode node) => _variables.Clear();

    /// <inheritdoc />
    public override void EnterVariableDefinition(VariableDefinitionNode node) => _variables[node.Variable.Name.Value] = node;

    /// <inheritdoc />
    public override void EnterListValue(ListValueNode node)
    {
        if (_skipped is not null)
            return;
        if (Context.ParentInputType?.NullableType is not ListType)
        {
            CheckLeaf(node);
            _skipped = node;
        }
    }

    /// <inheritdoc />
    public override void LeaveListValue(ListValueNode node)
    {
        if (ReferenceEquals(_skipped, node))
            _skipped = null;
    }

    /// <inheritdoc />
    public override void EnterObjectValue(ObjectValueNode node)
    {
        if (_skipped is not null)
            return;
        if (Context.InputType?.GetNamedType() is not InputObjectType type)
        {
            CheckLeaf(node);
            _skipped = node;
            return;
        }

        foreach (var field in type.Fields)
        {
            if (field.IsRequired && !node.Fields.Any(f => f.Name.Value == field.Name))
                Report($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", node);
        }

        if (type.IsOneOf)
            CheckOneOf(node, type);
    }

    /// <inheritdoc />
    public override void LeaveObjectValue(ObjectValueNode node)
    {
        if (ReferenceEquals(_skipped, node))
            _skipped = null;
    }

    /// <inheritdoc />
    public override void EnterObjectField(ObjectFieldNode node)
    {
        if (_skipped is not null)
            return;
        if (Context.InputType is null && Context.ParentInputType?.GetNamedType() is InputObjectType parent)
        {
            var suggestions = Suggestions.List(node.Name.Value, parent.Fields.Select(f => f.Name));
            Report($"Field \"{node.Name.Value}\" is not defined by type \"{parent.Name}\"." + Suggestions.DidYouMean(suggestions), node);
        }
    }

    /// <inheritdoc />
    public override void EnterLeafValue(ValueNode node)
    {
        if (_skipped is not null)
            return;
        if (node is NullValueNode)
        {
            if (Context.InputType is NonNullType type)
                Report($"Expected value of type \"{type}\", found null.", node);
            return;
        }

        CheckLeaf(node);
    }

    private void CheckLeaf(ValueNode node)
    {
        var locationType = Context.InputType;
        if (locationType is null)
            return;
        var type = locationType.GetNamedType();
        if (!type.IsLeafType)
        {
            Report($"Expected value of type \"{locationType}\", found {AstPrinter.Print(node)}.", node);
            return;
        }

        try
        {
            _ = type is EnumType enumType ? enumType.ParseLiteral(node) : ((ScalarType)type).ParseLiteral(node);
        }
        catch (GraphQLException ex)
        {
            Report(ex.Message, node);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException or InvalidOperationException)
        {
            Report($"Expected value of type \"{locationType}\", found {AstPrinter.Print(node)}; {ex.Message}", node);
        }
    }

    private void CheckOneOf(ObjectValueNode node, InputObjectType type)
    {
        if (node.Fields.Count != 1)
        {
            Report($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }

        var field = node.Fields[0];
        if (field.Value is NullValueNode)
        {
            Report($"Field \"{type.Name}.{field.Name.Value}\" must be non-null.", node);
        }
        else if (field.Value is VariableNode variable
            && _variables.TryGetValue(variable.Name.Value, out var definition)
            && definition.Type is not NonNullTypeNode)
        {
            Report($"Variable \"{variable.Name.Value}\" must be non-nullable to be used for OneOf Input Object \"{type.Name}\".", node);
        }
    }
}
