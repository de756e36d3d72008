using GraphQL.Language.Ast;

namespace GraphQL.Validation;

/// <summary>Walks an executable document in graphql-js visiting order, updating type information and calling every rule.</summary>
internal sealed class DocumentWalker(TypeInfo typeInfo, IReadOnlyList<ValidationRule> rules)
{
    public void WalkDocument(DocumentNode document)
    {
        foreach (var rule in rules)
            rule.EnterDocument(document);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    WalkOperation(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    WalkFragmentDefinition(fragment);
                    break;
            }
        }

        foreach (var rule in rules)
            rule.LeaveDocument(document);
    }

    public void WalkOperation(OperationDefinitionNode node)
    {
        typeInfo.EnterOperation(node);
        foreach (var rule in rules)
            rule.EnterOperationDefinition(node);
        foreach (var variable in node.VariableDefinitions)
            WalkVariableDefinition(variable);
        WalkDirectives(node.Directives, node);
        WalkSelectionSet(node.SelectionSet);
        foreach (var rule in rules)
            rule.LeaveOperationDefinition(node);
        typeInfo.LeaveTypeScope();
    }

    public void WalkFragmentDefinition(FragmentDefinitionNode node)
    {
        typeInfo.EnterTypeCondition(node.TypeCondition);
        foreach (var rule in rules)
            rule.EnterFragmentDefinition(node);
        foreach (var rule in rules)
            rule.EnterNamedType(node.TypeCondition);
        WalkDirectives(node.Directives, node);
        WalkSelectionSet(node.SelectionSet);
        foreach (var rule in rules)
            rule.LeaveFragmentDefinition(node);
        typeInfo.LeaveTypeScope();
    }

    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        typeInfo.EnterVariableDefinition(node);
        foreach (var rule in rules)
            rule.EnterVariableDefinition(node);
        var named = node.Type.NamedType;
        foreach (var rule in rules)
            rule.EnterNamedType(named);
        if (node.DefaultValue is not null)
            WalkValue(node.DefaultValue);
        WalkDirectives(node.Directives, node);
        foreach (var rule in rules)
            rule.LeaveVariableDefinition(node);
        typeInfo.LeaveVariableDefinition();
    }

    private void WalkSelectionSet(SelectionSetNode node)
    {
        typeInfo.EnterSelectionSet();
        foreach (var rule in rules)
            rule.EnterSelectionSet(node);
        foreach (var selection in node.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case FragmentSpreadNode spread:
                    foreach (var rule in rules)
                        rule.EnterFragmentSpread(spread);
                    WalkDirectives(spread.Directives, spread);
                    break;
                case InlineFragmentNode inline:
                    WalkInlineFragment(inline);
                    break;
            }
        }

        foreach (var rule in rules)
            rule.LeaveSelectionSet(node);
        typeInfo.LeaveSelectionSet();
    }

    private void WalkField(FieldNode node)
    {
        typeInfo.EnterField(node);
        foreach (var rule in rules)
            rule.EnterField(node);
        foreach (var argument in node.Arguments)
            WalkArgument(argument);
        WalkDirectives(node.Directives, node);
        if (node.SelectionSet is not null)
            WalkSelectionSet(node.SelectionSet);
        foreach (var rule in rules)
            rule.LeaveField(node);
        typeInfo.LeaveField();
    }

    private void WalkInlineFragment(InlineFragmentNode node)
    {
        typeInfo.EnterTypeCondition(node.TypeCondition);
        foreach (var rule in rules)
            rule.EnterInlineFragment(node);
        if (node.TypeCondition is not null)
        {
            foreach (var rule in rules)
                rule.EnterNamedType(node.TypeCondition);
        }

        WalkDirectives(node.Directives, node);
        WalkSelectionSet(node.SelectionSet);
        foreach (var rule in rules)
            rule.LeaveInlineFragment(node);
        typeInfo.LeaveTypeScope();
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, AstNode owner)
    {
        foreach (var directive in directives)
        {
            typeInfo.EnterDirective(directive, owner);
            foreach (var rule in rules)
                rule.EnterDirective(directive);
            foreach (var argument in directive.Arguments)
                WalkArgument(argument);
            foreach (var rule in rules)
                rule.LeaveDirective(directive);
            typeInfo.LeaveDirective();
        }
    }

    private void WalkArgument(ArgumentNode node)
    {
        typeInfo.EnterArgument(node);
        foreach (var rule in rules)
            rule.EnterArgument(node);
        WalkValue(node.Value);
        foreach (var rule in rules)
            rule.LeaveArgument(node);
        typeInfo.LeaveArgument();
    }

    private void WalkValue(ValueNode node)
    {
        switch (node)
        {
            case ListValueNode list:
                typeInfo.EnterListValue();
                foreach (var rule in rules)
                    rule.EnterListValue(list);
                foreach (var item in list.Values)
                    WalkValue(item);
                foreach (var rule in rules)
                    rule.LeaveListValue(list);
                typeInfo.LeaveInputScope();
                break;
            case ObjectValueNode obj:
                foreach (var rule in rules)
                    rule.EnterObjectValue(obj);
                foreach (var field in obj.Fields)
                {
                    typeInfo.EnterObjectField(field);
                    foreach (var rule in rules)
                        rule.EnterObjectField(field);
                    WalkValue(field.Value);
                    foreach (var rule in rules)
                        rule.LeaveObjectField(field);
                    typeInfo.LeaveInputScope();
                }

                foreach (var rule in rules)
                    rule.LeaveObjectValue(obj);
                break;
            case VariableNode variable:
                foreach (var rule in rules)
                    rule.EnterVariable(variable);
                break;
            case EnumValueNode enumValue:
                typeInfo.EnterEnumValue(enumValue);
                foreach (var rule in rules)
                    rule.EnterLeafValue(enumValue);
                typeInfo.LeaveEnumValue();
                break;
            default:
                foreach (var rule in rules)
                    rule.EnterLeafValue(node);
                break;
        }
    }
}
