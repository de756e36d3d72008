using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation;

/// <summary>Rules about top-level definitions: executable definitions, operation names and kinds, subscriptions.</summary>
public sealed class DefinitionRulesTests
{
    [Fact]
    public void ExecutableDefinitions_OperationsAndFragments_AreValid() =>
        AssertValid(() => new ExecutableDefinitionsRule(), "query Foo { dog { ...Frag } } fragment Frag on Dog { name }");

    [Fact]
    public void ExecutableDefinitions_TypeDefinitions_AreReported() =>
        AssertErrors(
            () => new ExecutableDefinitionsRule(),
            """
            query Foo {
              dog {
                name
              }
            }

            type Cow {
              name: String
            }

            extend type Dog {
              color: String
            }

            schema { query: Foo }
            """,
            Error("The \"Cow\" definition is not executable.", "7:1"),
            Error("The \"Dog\" definition is not executable.", "11:1"),
            Error("The schema definition is not executable.", "15:1"));

    [Fact]
    public void UniqueOperationNames_DistinctNames_AreValid() =>
        AssertValid(() => new UniqueOperationNamesRule(), "query Foo { dog { name } } query Bar { dog { name } } { cat { name } }");

    [Fact]
    public void UniqueOperationNames_RepeatedName_IsReportedAtBothNames() =>
        AssertErrors(
            () => new UniqueOperationNamesRule(),
            """
            query Foo {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            """,
            Error("There can be only one operation named \"Foo\".", "1:7", "4:10"));

    [Fact]
    public void LoneAnonymousOperation_SingleAnonymous_IsValid() =>
        AssertValid(() => new LoneAnonymousOperationRule(), "{ dog { name } } fragment F on Dog { name }");

    [Fact]
    public void LoneAnonymousOperation_WithOtherOperations_IsReported() =>
        AssertErrors(
            () => new LoneAnonymousOperationRule(),
            """
            {
              fieldA
            }
            query Foo {
              fieldB
            }
            """,
            Error("This anonymous operation must be the only defined operation.", "1:1"));

    [Fact]
    public void KnownOperationTypes_SupportedKind_IsValid() =>
        AssertValid(() => new KnownOperationTypesRule(), "query { dog { name } } subscription { importantEmails }");

    [Fact]
    public void KnownOperationTypes_MutationWithoutRoot_IsReported() =>
        AssertErrors(
            () => new KnownOperationTypesRule(),
            "mutation { doSomething }",
            Error("The mutation operation is not supported by the schema.", "1:1"));

    [Fact]
    public void SingleFieldSubscriptions_OneField_IsValid() =>
        AssertValid(() => new SingleFieldSubscriptionsRule(), "subscription ImportantEmails { importantEmails ...F } fragment F on SubscriptionRoot { importantEmails }");

    [Fact]
    public void SingleFieldSubscriptions_SeveralFields_ReportsTheExtraOnes() =>
        AssertErrors(
            () => new SingleFieldSubscriptionsRule(),
            """
            subscription ImportantEmails {
              importantEmails
              notImportantEmails
              ... on SubscriptionRoot {
                catSubscribe { name }
              }
            }
            """,
            Error("Subscription \"ImportantEmails\" must select only one top level field.", "3:3", "5:5"));

    [Fact]
    public void SingleFieldSubscriptions_IntrospectionOrConditionalRoot_IsReported()
    {
        AssertErrors(
            () => new SingleFieldSubscriptionsRule(),
            "subscription { __typename }",
            Error("Anonymous Subscription must not select an introspection top level field.", "1:16"));
        AssertErrors(
            () => new SingleFieldSubscriptionsRule(),
            "subscription S($x: Boolean!) { importantEmails @include(if: $x) }",
            Error("Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection.", "1:32"));
    }
}
