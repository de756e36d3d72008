using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// Tracks the schema types that apply at the current point of a document walk, as graphql-js's
/// <c>TypeInfo</c> does: parent composite type, output type, field, input type, argument, directive.
/// </summary>
internal sealed class TypeInfo(Schema schema)
{
    private readonly List<NamedType?> _parentTypes = [];
    private readonly List<GraphQLType?> _types = [];
    private readonly List<GraphQLType?> _inputTypes = [];
    private readonly List<FieldDefinition?> _fields = [];
    private readonly List<bool> _defaults = [];

    public NamedType? ParentType => Top(_parentTypes);

    public GraphQLType? Type => Top(_types);

    public GraphQLType? InputType => Top(_inputTypes);

    public GraphQLType? ParentInputType => _inputTypes.Count > 1 ? _inputTypes[^2] : null;

    public FieldDefinition? FieldDefinition => Top(_fields);

    public bool HasDefaultValue => _defaults.Count > 0 && _defaults[^1];

    public DirectiveDefinition? Directive { get; private set; }

    public AstNode? DirectiveOwner { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    public EnumValueDefinition? EnumValue { get; private set; }

    public void EnterSelectionSet()
    {
        var named = Type?.GetNamedType();
        _parentTypes.Add(named is not null && named.IsCompositeType ? named : null);
    }

    public void LeaveSelectionSet() => _parentTypes.RemoveAt(_parentTypes.Count - 1);

    public void EnterField(FieldNode node)
    {
        var parent = ParentType;
        var definition = parent is null ? null : schema.GetFieldDefinition(parent, node.Name.Value);
        _fields.Add(definition);
        _types.Add(definition?.Type is { IsOutputType: true } type ? type : null);
    }

    public void LeaveField()
    {
        _fields.RemoveAt(_fields.Count - 1);
        _types.RemoveAt(_types.Count - 1);
    }

    public void EnterOperation(OperationDefinitionNode node) => _types.Add(schema.GetRootType(node.Operation));

    public void EnterTypeCondition(NamedTypeNode? typeCondition)
    {
        var type = typeCondition is null ? Type?.GetNamedType() : schema.GetType(typeCondition.Name.Value);
        _types.Add(type is { IsOutputType: true } ? type : null);
    }

    public void LeaveTypeScope() => _types.RemoveAt(_types.Count - 1);

    public void EnterVariableDefinition(VariableDefinitionNode node)
    {
        var type = schema.GetType(node.Type);
        _inputTypes.Add(type is { IsInputType: true } ? type : null);
    }

    public void LeaveVariableDefinition() => _inputTypes.RemoveAt(_inputTypes.Count - 1);

    public void EnterDirective(DirectiveNode node, AstNode owner)
    {
        Directive = schema.GetDirective(node.Name.Value);
        DirectiveOwner = owner;
    }

    public void LeaveDirective()
    {
        Directive = null;
        DirectiveOwner = null;
    }

    public void EnterArgument(ArgumentNode node)
    {
        var definition = Directive is not null ? Directive.GetArgument(node.Name.Value) : FieldDefinition?.GetArgument(node.Name.Value);
        Argument = definition;
        _defaults.Add(definition?.HasDefaultValue ?? false);
        _inputTypes.Add(definition?.Type is { IsInputType: true } type ? type : null);
    }

    public void LeaveArgument()
    {
        Argument = null;
        _defaults.RemoveAt(_defaults.Count - 1);
        _inputTypes.RemoveAt(_inputTypes.Count - 1);
    }

    public void EnterListValue()
    {
        var listType = InputType?.NullableType;
        var itemType = listType is ListType list ? list.OfType : listType;
        _defaults.Add(false);
        _inputTypes.Add(itemType is { IsInputType: true } ? itemType : null);
    }

    public void EnterObjectField(ObjectFieldNode node)
    {
        var field = (InputType?.GetNamedType() as InputObjectType)?.GetField(node.Name.Value);
        _defaults.Add(field?.HasDefaultValue ?? false);
        _inputTypes.Add(field?.Type is { IsInputType: true } type ? type : null);
    }

    public void LeaveInputScope()
    {
        _defaults.RemoveAt(_defaults.Count - 1);
        _inputTypes.RemoveAt(_inputTypes.Count - 1);
    }

    public void EnterEnumValue(EnumValueNode node) =>
        EnumValue = (InputType?.GetNamedType() as EnumType)?.GetValue(node.Value);

    public void LeaveEnumValue() => EnumValue = null;

    private static T? Top<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;
}
