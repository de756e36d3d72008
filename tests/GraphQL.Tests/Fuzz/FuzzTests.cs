using GraphQL.Execution;
using GraphQL.Introspection;
using GraphQL.Language;
using GraphQL.Tests.Validation;
using GraphQL.Validation;

namespace GraphQL.Tests.Fuzz;

public sealed class FuzzTests
{
    private static readonly string[] Corpus =
    [
        IntrospectionQuery.Text,
        """
        query Pets($dogCommand: DogCommand = SIT, $withOwner: Boolean!, $id: ID) {
          dog @include(if: $withOwner) { ...DogFields doesKnowCommand(dogCommand: $dogCommand) }
          human(id: $id) { name pets { ... on Dog { barkVolume } ... on Cat { meowsVolume } } }
          catOrDog { __typename ... on Pet { name(surname: true) } }
        }
        fragment DogFields on Dog { name nickname mother { name mother { name } } }
        """,
        """
        {
          dog { name barks isHouseTrained(atOtherHomes: false) mother { ...M } }
          complicatedArgs {
            complexArgField(complexArg: {requiredField: true, stringListField: ["a", null], intField: -3})
            oneOfArgField(oneOfArg: {stringField: "x"})
            stringListArgField(stringListArg: "one")
            floatArgField(floatArg: 1.5e3)
            enumArgField(enumArg: SPOTTED)
          }
        }
        fragment M on Dog { name father { name } }
        """,
        "subscription S { importantEmails }",
        "query ($v: Int = 3) { complicatedArgs { intArgField(intArg: $v) multipleReqs(req1: 1, req2: 2) } __typename }",
        "{ humanOrAlien { ... on Human { name relatives { name } } ... on Alien { numEyes iq } } }",
    ];

    [Fact]
    public async Task MutatedDocuments_NeverThrowAnythingButSyntaxErrors()
    {
        var mutator = new DocumentMutator(seed: 20240501);
        var executor = new Executor(ValidationHarness.Schema);
        var rules = SpecifiedRules.WithLimits(maxDepth: 20, maxCost: 5000);
        var root = Root();
        int parsed = 0, valid = 0, executed = 0;
        Assert.All(Corpus, source => Assert.Empty(DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(source), rules)));

        for (var i = 0; i < 10_000; i++)
        {
            var source = mutator.Mutate(Corpus[i % Corpus.Length]);
            try
            {
                var document = Parser.Parse(source);
                parsed++;
                if (DocumentValidator.Validate(ValidationHarness.Schema, document, rules).Count > 0)
                    continue;
                valid++;
                var result = await executor.ExecuteAsync(new ExecutionRequest
                {
                    Document = document,
                    RootValue = root,
                    Variables = new Dictionary<string, object?> { ["withOwner"] = true, ["x"] = false },
                });
                _ = result.ToUtf8Bytes();
                executed++;
            }
            catch (GraphQLSyntaxError)
            {
            }
            catch (Exception ex)
            {
                Assert.Fail($"Document #{i} threw {ex.GetType().Name}: {ex.Message}\n--- document ---\n{source}\n--- stack ---\n{ex.StackTrace}");
            }
        }

        // The corpus must keep exercising every stage, not only the lexer.
        Assert.True(parsed >= 2000 && valid >= 1000, $"parsed {parsed}, valid {valid}");
        Assert.Equal(valid, executed);
    }

    private static Dictionary<string, object?> Root()
    {
        var dog = new Dictionary<string, object?>
        {
            ["__typename"] = "Dog",
            ["name"] = "Rex",
            ["nickname"] = null,
            ["barkVolume"] = 3,
            ["barks"] = true,
        };
        dog["mother"] = dog;
        dog["father"] = dog;
        var human = new Dictionary<string, object?>
        {
            ["__typename"] = "Human",
            ["name"] = "Ann",
            ["pets"] = new object?[] { dog, null },
            ["iq"] = 120,
        };
        human["relatives"] = new object?[] { human };
        return new Dictionary<string, object?>
        {
            ["dog"] = dog,
            ["human"] = human,
            ["pet"] = dog,
            ["catOrDog"] = dog,
            ["dogOrHuman"] = human,
            ["humanOrAlien"] = human,
            ["complicatedArgs"] = new Dictionary<string, object?>(),
        };
    }
}
