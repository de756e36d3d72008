using GraphQL.Introspection;
using GraphQL.Language;
using GraphQL.Validation;

namespace GraphQL.Tests.Validation;

public sealed class SpecifiedRulesTests
{
    [Fact]
    public void AllRules_OnRealisticValidDocuments_ReportNothing()
    {
        const string Query = """
            query Pets($dogCommand: DogCommand = SIT, $withOwner: Boolean!, $id: ID) @onQuery {
              dog @include(if: $withOwner) {
                ...DogFields
                doesKnowCommand(dogCommand: $dogCommand)
              }
              human(id: $id) { name pets { ... on Dog { barkVolume } ... on Cat { meowsVolume } } }
              catOrDog { __typename ... on Pet { name(surname: true) } }
            }
            fragment DogFields on Dog { name nickname mother { name } }
            """;

        Assert.Empty(DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(Query)));
        Assert.Empty(DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(IntrospectionQuery.Text)));
    }

    [Fact]
    public void AllRules_OnInvalidDocument_NameEachReportingRule()
    {
        var errors = DocumentValidator.Validate(
            ValidationHarness.Schema,
            Parser.Parse("query Q($unused: Int) { dog { unknownField ...Missing } } fragment Lonely on Dog { name }"));

        Assert.Equal(
            ["FieldsOnCorrectTypeRule", "KnownFragmentNamesRule", "NoUnusedFragmentsRule", "NoUnusedVariablesRule"],
            errors.Select(e => e.RuleName).Order(StringComparer.Ordinal));
    }
}
