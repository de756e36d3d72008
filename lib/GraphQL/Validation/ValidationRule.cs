using GraphQL.Language.Ast;

namespace GraphQL.Validation;

/// <summary>
/// A validation rule: a visitor called while the validator walks the document in source order with
/// type information (see <see cref="ValidationContext"/>). A new instance is created per validation,
/// so rules may keep state in fields. Errors carry the rule's class name.
/// </summary>
public abstract class ValidationRule
{
    private ValidationContext? _context;

    /// <summary>The name reported with errors; the class name, matching graphql-js rule names.</summary>
    public virtual string Name => GetType().Name;

    /// <summary>The context of the running validation.</summary>
    protected ValidationContext Context => _context ?? throw new InvalidOperationException("The rule is not attached to a validation.");

    /// <summary>Reports an error located at <paramref name="nodes"/>.</summary>
    protected void Report(string message, params AstNode?[] nodes)
    {
        var locations = new List<ErrorLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node is not null)
                locations.Add(node.Location.ToErrorLocation());
        }

        Context.ReportError(new ValidationError(message, locations, Name));
    }

    /// <summary>Called once before the walk.</summary>
    public virtual void EnterDocument(DocumentNode node) { }

    /// <summary>Called once after the walk.</summary>
    public virtual void LeaveDocument(DocumentNode node) { }

    /// <summary>Called before an operation's children.</summary>
    public virtual void EnterOperationDefinition(OperationDefinitionNode node) { }

    /// <summary>Called after an operation's children.</summary>
    public virtual void LeaveOperationDefinition(OperationDefinitionNode node) { }

    /// <summary>Called before a fragment definition's children.</summary>
    public virtual void EnterFragmentDefinition(FragmentDefinitionNode node) { }

    /// <summary>Called after a fragment definition's children.</summary>
    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node) { }

    /// <summary>Called before a variable definition's children.</summary>
    public virtual void EnterVariableDefinition(VariableDefinitionNode node) { }

    /// <summary>Called after a variable definition's children.</summary>
    public virtual void LeaveVariableDefinition(VariableDefinitionNode node) { }

    /// <summary>Called before a selection set's selections.</summary>
    public virtual void EnterSelectionSet(SelectionSetNode node) { }

    /// <summary>Called after a selection set's selections.</summary>
    public virtual void LeaveSelectionSet(SelectionSetNode node) { }

    /// <summary>Called before a field's arguments, directives and selections.</summary>
    public virtual void EnterField(FieldNode node) { }

    /// <summary>Called after a field's children.</summary>
    public virtual void LeaveField(FieldNode node) { }

    /// <summary>Called for a fragment spread, before its directives.</summary>
    public virtual void EnterFragmentSpread(FragmentSpreadNode node) { }

    /// <summary>Called before an inline fragment's children.</summary>
    public virtual void EnterInlineFragment(InlineFragmentNode node) { }

    /// <summary>Called after an inline fragment's children.</summary>
    public virtual void LeaveInlineFragment(InlineFragmentNode node) { }

    /// <summary>Called before a directive's arguments.</summary>
    public virtual void EnterDirective(DirectiveNode node) { }

    /// <summary>Called after a directive's arguments.</summary>
    public virtual void LeaveDirective(DirectiveNode node) { }

    /// <summary>Called before an argument's value (of a field or directive).</summary>
    public virtual void EnterArgument(ArgumentNode node) { }

    /// <summary>Called after an argument's value.</summary>
    public virtual void LeaveArgument(ArgumentNode node) { }

    /// <summary>Called before a list literal's items.</summary>
    public virtual void EnterListValue(ListValueNode node) { }

    /// <summary>Called after a list literal's items.</summary>
    public virtual void LeaveListValue(ListValueNode node) { }

    /// <summary>Called before an object literal's fields.</summary>
    public virtual void EnterObjectValue(ObjectValueNode node) { }

    /// <summary>Called after an object literal's fields.</summary>
    public virtual void LeaveObjectValue(ObjectValueNode node) { }

    /// <summary>Called before an object literal field's value.</summary>
    public virtual void EnterObjectField(ObjectFieldNode node) { }

    /// <summary>Called after an object literal field's value.</summary>
    public virtual void LeaveObjectField(ObjectFieldNode node) { }

    /// <summary>Called for a variable reference inside a value.</summary>
    public virtual void EnterVariable(VariableNode node) { }

    /// <summary>Called for an Int, Float, String, Boolean, Null or Enum literal.</summary>
    public virtual void EnterLeafValue(ValueNode node) { }

    /// <summary>Called for a named type reference (variable types and type conditions).</summary>
    public virtual void EnterNamedType(NamedTypeNode node) { }

    internal void Attach(ValidationContext context) => _context = context;
}
