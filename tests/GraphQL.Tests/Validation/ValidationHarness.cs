using GraphQL.Building;
using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQL.Tests.Validation;

/// <summary>
/// The schema graphql-js's validation tests use (pets, humans, aliens, complicated arguments), and helpers
/// that run one rule on a document and compare messages, locations and the reporting rule's name.
/// </summary>
internal static class ValidationHarness
{
    public const string Sdl = """
        interface Being {
          name(surname: Boolean): String
        }

        interface Mammal {
          mother: Mammal
          father: Mammal
        }

        interface Pet implements Being {
          name(surname: Boolean): String
        }

        interface Canine implements Mammal {
          name(surname: Boolean): String
          mother: Canine
          father: Canine
        }

        enum DogCommand {
          SIT
          HEEL
          DOWN
        }

        type Dog implements Being & Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          mother: Dog
          father: Dog
        }

        type Cat implements Being & Pet {
          name(surname: Boolean): String
          nickname: String
          meows: Boolean
          meowsVolume: Int
          furColor: FurColor
        }

        union CatOrDog = Cat | Dog

        interface Intelligent {
          iq: Int
        }

        type Human implements Being & Intelligent {
          name(surname: Boolean): String
          pets: [Pet]
          relatives: [Human]
          iq: Int
        }

        type Alien implements Being & Intelligent {
          name(surname: Boolean): String
          numEyes: Int
          iq: Int
        }

        union DogOrHuman = Dog | Human

        union HumanOrAlien = Human | Alien

        enum FurColor {
          BROWN
          BLACK
          TAN
          SPOTTED
          NO_FUR
          UNKNOWN
        }

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
        }

        input OneOfInput @oneOf {
          stringField: String
          intField: Int
        }

        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }

        type QueryRoot {
          human(id: ID): Human
          alien: Alien
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          complicatedArgs: ComplicatedArgs
        }

        type SubscriptionRoot {
          importantEmails: [String]
          notImportantEmails: [String]
          catSubscribe: [Cat]
        }

        schema {
          query: QueryRoot
          subscription: SubscriptionRoot
        }

        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onSubscription on SUBSCRIPTION
        directive @onField on FIELD
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onFragmentSpread on FRAGMENT_SPREAD
        directive @onInlineFragment on INLINE_FRAGMENT
        directive @onVariableDefinition on VARIABLE_DEFINITION
        directive @repeatable repeatable on FIELD
        """;

    public static Schema Schema { get; } = SdlSchema.Build(Sdl);

    public static IReadOnlyList<ValidationError> Validate<TRule>(string query, Func<TRule> rule)
        where TRule : ValidationRule =>
        DocumentValidator.Validate(Schema, Parser.Parse(query), [rule]);

    public static void AssertValid<TRule>(Func<TRule> rule, string query)
        where TRule : ValidationRule =>
        Assert.Empty(Validate(query, rule).Select(e => e.Message));

    public static void AssertErrors<TRule>(Func<TRule> rule, string query, params ExpectedError[] expected)
        where TRule : ValidationRule
    {
        var errors = Validate(query, rule);

        Assert.Equal(expected.Select(e => e.Message), errors.Select(e => e.Message));
        Assert.Equal(expected.Select(e => string.Join(" ", e.Locations)), errors.Select(e => string.Join(" ", e.Locations.Select(l => $"{l.Line}:{l.Column}"))));
        Assert.All(errors, e => Assert.Equal(typeof(TRule).Name, e.RuleName));
    }

    /// <summary>A message and its locations written as "line:column".</summary>
    public static ExpectedError Error(string message, params string[] locations) => new(message, locations);

    internal sealed record ExpectedError(string Message, string[] Locations);
}
