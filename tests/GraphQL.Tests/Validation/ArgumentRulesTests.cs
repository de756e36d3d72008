using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation;

/// <summary>Rules about arguments: known names, uniqueness and required arguments.</summary>
public sealed class ArgumentRulesTests
{
    [Fact]
    public void KnownArgumentNames_UnknownFieldArgument_IsReported() =>
        AssertErrors(
            () => new KnownArgumentNamesRule(),
            "fragment invalidArgName on Dog { doesKnowCommand(unknown: true) }",
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", "1:50"));

    [Fact]
    public void KnownArgumentNames_MisspelledArgument_IsSuggested() =>
        AssertErrors(
            () => new KnownArgumentNamesRule(),
            "fragment x on Dog { doesKnowCommand(DogCommand: true) }",
            Error("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", "1:37"));

    [Fact]
    public void KnownArgumentNames_UnknownDirectiveArgument_IsReported() =>
        AssertErrors(
            () => new KnownArgumentNamesRule(),
            "{ dog @skip(unless: true) }",
            Error("Unknown argument \"unless\" on directive \"@skip\".", "1:13"));

    [Fact]
    public void KnownArgumentNames_KnownArguments_AreValid() =>
        AssertValid(() => new KnownArgumentNamesRule(), "fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) @skip(if: true) isAtLocation(x: 1, y: 2) }");

    [Fact]
    public void UniqueArgumentNames_RepeatedArguments_AreReported()
    {
        AssertErrors(
            () => new UniqueArgumentNamesRule(),
            "{ field(arg1: \"value\", arg1: \"value\") }",
            Error("There can be only one argument named \"arg1\".", "1:9", "1:24"));
        AssertErrors(
            () => new UniqueArgumentNamesRule(),
            "{ field @directive(arg1: \"value\", arg1: \"value\") }",
            Error("There can be only one argument named \"arg1\".", "1:20", "1:35"));
    }

    [Fact]
    public void UniqueArgumentNames_DistinctArguments_AreValid() =>
        AssertValid(() => new UniqueArgumentNamesRule(), "{ field(arg1: \"value\", arg2: \"value\") @directive(arg1: 1) }");

    [Fact]
    public void ProvidedRequiredArguments_MissingFieldArgument_IsReported() =>
        AssertErrors(
            () => new ProvidedRequiredArgumentsRule(),
            "{ complicatedArgs { multipleReqs(req2: 2) } }",
            Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", "1:21"));

    [Fact]
    public void ProvidedRequiredArguments_MissingDirectiveArgument_IsReported() =>
        AssertErrors(
            () => new ProvidedRequiredArgumentsRule(),
            "{ dog @include { name } }",
            Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", "1:7"));

    [Fact]
    public void ProvidedRequiredArguments_GivenOrDefaulted_AreValid() =>
        AssertValid(
            () => new ProvidedRequiredArgumentsRule(),
            "{ complicatedArgs { multipleOptAndReq(req1: 3, req2: 4) nonNullFieldWithDefault multipleOpts } dog @skip(if: false) { name } }");
}
