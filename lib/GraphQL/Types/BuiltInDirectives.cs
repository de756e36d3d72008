using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>The directives the specification defines, present in every schema.</summary>
public static class BuiltInDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is stated.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@include(if: Boolean!)</c>: include the selection only when true.</summary>
    public static DirectiveDefinition Include { get; } = new(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [new InputValueDefinition("if", "Included when true.", new NonNullType(BuiltInScalars.Boolean), false, null, null, null)],
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        false);

    /// <summary><c>@skip(if: Boolean!)</c>: skip the selection when true.</summary>
    public static DirectiveDefinition Skip { get; } = new(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [new InputValueDefinition("if", "Skipped when true.", new NonNullType(BuiltInScalars.Boolean), false, null, null, null)],
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        false);

    /// <summary><c>@deprecated(reason: String)</c> on fields, arguments, input fields and enum values.</summary>
    public static DirectiveDefinition Deprecated { get; } = new(
        "deprecated",
        "Marks an element of a GraphQL schema as no longer supported.",
        [new InputValueDefinition(
            "reason",
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            BuiltInScalars.String,
            true,
            DefaultDeprecationReason,
            new StringValueNode(DefaultDeprecationReason, false, default),
            null)],
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
        false);

    /// <summary><c>@specifiedBy(url: String!)</c> on scalars.</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = new(
        "specifiedBy",
        "Exposes a URL that specifies the behavior of this scalar.",
        [new InputValueDefinition("url", "The URL that specifies the behavior of this scalar.", new NonNullType(BuiltInScalars.String), false, null, null, null)],
        [DirectiveLocation.Scalar],
        false);

    /// <summary><c>@oneOf</c> on input objects: exactly one field must be given.</summary>
    public static DirectiveDefinition OneOf { get; } = new(
        "oneOf",
        "Indicates exactly one field must be supplied and this field must not be `null`.",
        [],
        [DirectiveLocation.InputObject],
        false);

    /// <summary>All of them.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>Whether the directive is one of these.</summary>
    public static bool IsBuiltIn(DirectiveDefinition directive)
    {
        foreach (var builtIn in All)
        {
            if (ReferenceEquals(builtIn, directive))
                return true;
        }

        return false;
    }
}
