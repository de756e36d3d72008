using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>A place a variable is used, with the input type expected there.</summary>
/// <param name="Node">The variable reference.</param>
/// <param name="Type">The type expected at that position, or null when unknown.</param>
/// <param name="HasLocationDefault">Whether the argument or input field there has a default value.</param>
/// <param name="ParentType">The input type containing the position (for OneOf checks), or null.</param>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, bool HasLocationDefault, GraphQLType? ParentType);
