using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation;

/// <summary>Rules about directives: defined, allowed at their location, unique per location.</summary>
public sealed class DirectiveRulesTests
{
    [Fact]
    public void KnownDirectives_UnknownDirective_IsReported() =>
        AssertErrors(
            () => new KnownDirectivesRule(),
            "{ dog @unknown(directive: \"value\") { name } }",
            Error("Unknown directive \"@unknown\".", "1:7"));

    [Fact]
    public void KnownDirectives_MisplacedDirectives_AreReported() =>
        AssertErrors(
            () => new KnownDirectivesRule(),
            """
            query Foo($var: Boolean @onQuery) @onField {
              name @onQuery @include(if: $var)
              ...Frag @onInlineFragment
            }
            """,
            Error("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", "1:25"),
            Error("Directive \"@onField\" may not be used on QUERY.", "1:35"),
            Error("Directive \"@onQuery\" may not be used on FIELD.", "2:8"),
            Error("Directive \"@onInlineFragment\" may not be used on FRAGMENT_SPREAD.", "3:11"));

    [Fact]
    public void KnownDirectives_WellPlacedDirectives_AreValid() =>
        AssertValid(
            () => new KnownDirectivesRule(),
            """
            query Foo($var: Boolean @onVariableDefinition) @onQuery {
              dog @include(if: true) @onField { name }
              ... @onInlineFragment { human { name } }
              ...Frag @onFragmentSpread
            }
            fragment Frag on QueryRoot @onFragmentDefinition { cat { name } }
            subscription @onSubscription { importantEmails }
            """);

    [Fact]
    public void UniqueDirectivesPerLocation_RepeatedNonRepeatable_IsReported() =>
        AssertErrors(
            () => new UniqueDirectivesPerLocationRule(),
            "fragment Test on Type { field @onField @onField }",
            Error("The directive \"@onField\" can only be used once at this location.", "1:31", "1:40"));

    [Fact]
    public void UniqueDirectivesPerLocation_RepeatableOrUnknownRepeated_IsValid() =>
        AssertValid(() => new UniqueDirectivesPerLocationRule(), "fragment Test on Type { field @repeatable @repeatable @unknown @unknown @onField }");
}
