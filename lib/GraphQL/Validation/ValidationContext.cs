using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// What rules see during validation: the schema and document, the type information at the current
/// point of the walk, fragment and variable-usage lookups (cached), and error reporting.
/// </summary>
public sealed class ValidationContext
{
    private readonly TypeInfo _typeInfo;
    private readonly List<ValidationError> _errors = [];
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _spreads = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _referencedFragments = [];
    private readonly Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>> _usages = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveUsages = [];

    internal ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo)
    {
        Schema = schema;
        Document = document;
        _typeInfo = typeInfo;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
                _fragments.TryAdd(fragment.Name.Value, fragment);
        }
    }

    /// <summary>The schema validated against.</summary>
    public Schema Schema { get; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>The errors reported so far.</summary>
    public IReadOnlyList<ValidationError> Errors => _errors;

    /// <summary>The composite type whose selection set is being walked, or null when unknown.</summary>
    public NamedType? ParentType => _typeInfo.ParentType;

    /// <summary>The output type at the current point (field type, fragment type, root type), or null.</summary>
    public GraphQLType? Type => _typeInfo.Type;

    /// <summary>The expected input type at the current value, or null.</summary>
    public GraphQLType? InputType => _typeInfo.InputType;

    /// <summary>The input type enclosing the current value (list or input object), or null.</summary>
    public GraphQLType? ParentInputType => _typeInfo.ParentInputType;

    /// <summary>The definition of the current field, or null when unknown.</summary>
    public FieldDefinition? FieldDefinition => _typeInfo.FieldDefinition;

    /// <summary>The definition of the current directive, or null outside directives or when unknown.</summary>
    public DirectiveDefinition? Directive => _typeInfo.Directive;

    /// <summary>The node the current directive is applied to.</summary>
    public AstNode? DirectiveOwner => _typeInfo.DirectiveOwner;

    /// <summary>The definition of the current argument, or null.</summary>
    public InputValueDefinition? Argument => _typeInfo.Argument;

    /// <summary>The enum value of the current enum literal, or null.</summary>
    public EnumValueDefinition? EnumValue => _typeInfo.EnumValue;

    /// <summary>Records an error.</summary>
    public void ReportError(ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _errors.Add(error);
    }

    /// <summary>The fragment definition with the given name (the first, if duplicated), or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>The fragment spreads directly inside a selection set, including nested fields and inline fragments but not other fragments.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached))
            return cached;
        var spreads = new List<FragmentSpreadNode>();
        var pending = new List<SelectionSetNode> { selectionSet };
        while (pending.Count > 0)
        {
            var set = pending[^1];
            pending.RemoveAt(pending.Count - 1);
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } nested }:
                        pending.Add(nested);
                        break;
                    case InlineFragmentNode inline:
                        pending.Add(inline.SelectionSet);
                        break;
                }
            }
        }

        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments (each once).</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_referencedFragments.TryGetValue(operation, out var cached))
            return cached;
        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var pending = new List<SelectionSetNode> { operation.SelectionSet };
        while (pending.Count > 0)
        {
            var set = pending[^1];
            pending.RemoveAt(pending.Count - 1);
            foreach (var spread in GetFragmentSpreads(set))
            {
                if (!collected.Add(spread.Name.Value))
                    continue;
                var fragment = GetFragment(spread.Name.Value);
                if (fragment is not null)
                {
                    fragments.Add(fragment);
                    pending.Add(fragment.SelectionSet);
                }
            }
        }

        _referencedFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>The variable references inside an operation or fragment (not following spreads), with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (_usages.TryGetValue(definition, out var cached))
            return cached;
        var typeInfo = new TypeInfo(Schema);
        var collector = new VariableUsageCollector(typeInfo);
        var walker = new DocumentWalker(typeInfo, [collector]);
        if (definition is OperationDefinitionNode operation)
            walker.WalkOperation(operation);
        else
            walker.WalkFragmentDefinition((FragmentDefinitionNode)definition);
        _usages[definition] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variable references of an operation and of every fragment it uses.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveUsages.TryGetValue(operation, out var cached))
            return cached;
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
            usages.AddRange(GetVariableUsages(fragment));
        _recursiveUsages[operation] = usages;
        return usages;
    }

    /// <summary>Collects variable references with the type information at each, skipping variable definitions.</summary>
    private sealed class VariableUsageCollector(TypeInfo typeInfo) : ValidationRule
    {
        private bool _inVariableDefinition;

        public List<VariableUsage> Usages { get; } = [];

        public override void EnterVariableDefinition(VariableDefinitionNode node) => _inVariableDefinition = true;

        public override void LeaveVariableDefinition(VariableDefinitionNode node) => _inVariableDefinition = false;

        public override void EnterVariable(VariableNode node)
        {
            if (!_inVariableDefinition)
                Usages.Add(new VariableUsage(node, typeInfo.InputType, typeInfo.HasDefaultValue, typeInfo.ParentInputType));
        }
    }
}
