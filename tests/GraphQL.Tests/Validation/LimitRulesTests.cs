using GraphQL.Introspection;
using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation;

/// <summary>Operator limits: depth, cost and introspection depth.</summary>
public sealed class LimitRulesTests
{
    [Fact]
    public void MaxDepth_DeeperThanLimit_IsReported() =>
        AssertErrors(
            () => new MaxDepthRule(3),
            "{ dog { mother { mother { name } } } }",
            Error("The operation has a depth of 4, which exceeds the maximum of 3.", "1:1"));

    [Fact]
    public void MaxDepth_CountsThroughFragmentsAndSurvivesCycles()
    {
        AssertErrors(
            () => new MaxDepthRule(2),
            "query Deep { dog { ...M } } fragment M on Dog { mother { name } } fragment Loop on Dog { ...Loop }",
            Error("Operation \"Deep\" has a depth of 3, which exceeds the maximum of 2.", "1:1"));
        AssertValid(() => new MaxDepthRule(3), "{ dog { ...M } } fragment M on Dog { mother { name ...M } }");
    }

    [Fact]
    public void MaxCost_MultipliesByListSizes()
    {
        // human(1) + relatives(1 + 10 x (relatives(1 + 10 x name(1)))) = 1 + 1 + 10 x 11 = 112.
        AssertErrors(
            () => new MaxCostRule(50),
            "{ human { relatives { relatives { name } } } }",
            Error("The operation has an estimated cost of 112, which exceeds the maximum of 50.", "1:1"));

        // A literal size argument replaces the default list size: 1 + 1 + 2 x 1 = 4.
        AssertValid(() => new MaxCostRule(4), "{ human { relatives(first: 2) { name } } }");
        AssertErrors(
            () => new MaxCostRule(3),
            "{ human { relatives(first: 2) { name } } }",
            Error("The operation has an estimated cost of 4, which exceeds the maximum of 3.", "1:1"));
    }

    [Fact]
    public void DepthAndCostLimits_LetTheStandardIntrospectionQueryThrough()
    {
        AssertValid(() => new MaxDepthRule(2), IntrospectionQuery.Text);
        AssertValid(() => new MaxCostRule(1), IntrospectionQuery.Text);
    }

    [Fact]
    public void MaxIntrospectionDepth_DeeplyNestedListFields_IsReported() =>
        AssertErrors(
            () => new MaxIntrospectionDepthRule(),
            "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
            Error("Maximum introspection depth exceeded", "1:3"));

    [Fact]
    public void MaxIntrospectionDepth_CycleThroughListFields_IsReported() =>
        AssertErrors(
            () => new MaxIntrospectionDepthRule(),
            """
            {
              __schema {
                types { ...T }
              }
            }
            fragment T on __Type {
              fields { type { ...T } }
            }
            """,
            Error("Maximum introspection depth exceeded", "2:3"));

    [Fact]
    public void MaxIntrospectionDepth_StandardIntrospectionQuery_IsValid() =>
        AssertValid(() => new MaxIntrospectionDepthRule(), IntrospectionQuery.Text);
}
