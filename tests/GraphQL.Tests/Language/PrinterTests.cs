using GraphQL.Language;

namespace GraphQL.Tests.Language;

public sealed class PrinterTests
{
    private const string KitchenSink = """"
        query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {
          whoever123is: node(id: [123, 456]) {
            id ,
            ... on User @onInlineFragment {
              field2 {
                id ,
                alias: field1(first:10, after:$foo,) @include(if: $foo) {
                  id,
                  ...frag @onFragmentSpread
                }
              }
            }
            ... @skip(unless: $foo) {
              id
            }
            ... {
              id
            }
          }
        }

        mutation likeStory @onMutation {
          like(story: 123) @onField {
            story {
              id @onField
            }
          }
        }

        subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition) @onSubscription {
          storyLikeSubscribe(input: $input) {
            story {
              likers {
                count
              }
              likeSentence {
                text
              }
            }
          }
        }

        fragment frag on Friend @onFragmentDefinition {
          foo(size: $size, bar: $b, obj: {key: "value", block: """
              block string uses \"""
          """})
        }

        {
          unnamed(truthy: true, falsy: false, nullish: null),
          query
        }

        query { __typename }
        """";

    private const string KitchenSinkPrinted = """"
        query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {
          whoever123is: node(id: [123, 456]) {
            id
            ... on User @onInlineFragment {
              field2 {
                id
                alias: field1(first: 10, after: $foo) @include(if: $foo) {
                  id
                  ...frag @onFragmentSpread
                }
              }
            }
            ... @skip(unless: $foo) {
              id
            }
            ... {
              id
            }
          }
        }

        mutation likeStory @onMutation {
          like(story: 123) @onField {
            story {
              id @onField
            }
          }
        }

        subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition) @onSubscription {
          storyLikeSubscribe(input: $input) {
            story {
              likers {
                count
              }
              likeSentence {
                text
              }
            }
          }
        }

        fragment frag on Friend @onFragmentDefinition {
          foo(
            size: $size
            bar: $b
            obj: {key: "value", block: """
            block string uses \"""
            """}
          )
        }

        {
          unnamed(truthy: true, falsy: false, nullish: null)
          query
        }

        {
          __typename
        }
        """";

    [Fact]
    public void Print_KitchenSinkQuery_MatchesCanonicalLayout() =>
        Assert.Equal(KitchenSinkPrinted, AstPrinter.Print(Parser.Parse(KitchenSink)));

    [Fact]
    public void Print_KitchenSinkSdl_MatchesCanonicalLayout() =>
        Assert.Equal(SdlKitchenSink.Printed, AstPrinter.Print(Parser.Parse(SdlKitchenSink.Source)));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Print_ParsedDocument_RoundTripsToTheSameText(string source)
    {
        var printed = AstPrinter.Print(Parser.Parse(source));

        Assert.Equal(printed, AstPrinter.Print(Parser.Parse(printed)));
    }

    public static TheoryData<string> Documents() => new()
    {
        KitchenSink,
        SdlKitchenSink.Source,
        "query Q($a: [Int!]! = [1, 2], $b: In = {x: {y: [\"\\u00e9\\n\"]}}) { a(b: $b, c: -1.5e-3) @d(e: ENUM) }",
        "\"described\" query Q(\"var\" $a: Int) { f }",
        "{ a { ... on B { c ...D } } } fragment D on B @x { e: f(g: null) }",
        "type T { f(a: Int = 1 @deprecated(reason: \"no\")): [T!]! @deprecated }",
        "input I @oneOf { a: String b: Int }",
        "{ f(s: \"quote \\\" backslash \\\\ tab \\t control \\u0001 del \\u007F\") }",
    };

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("trailing quote\"", "\"\"\"\ntrailing quote\"\n\"\"\"")]
    [InlineData("multi\nline", "\"\"\"\nmulti\nline\n\"\"\"")]
    [InlineData("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    public void BlockString_Print_ChoosesLayoutLikeGraphqlJs(string value, string expected) =>
        Assert.Equal(expected, BlockString.Print(value));

    [Theory]
    [InlineData("simple")]
    [InlineData("  leading space")]
    [InlineData("trailing quote\"")]
    [InlineData("trailing backslash\\")]
    [InlineData("multi\nline\n\n  with blank and indent")]
    [InlineData("first\n  indented")]
    [InlineData("has \"\"\" inside")]
    [InlineData("ends with \"\"\"")]
    public void BlockString_PrintThenLex_YieldsTheSameValue(string value)
    {
        var lexer = new Lexer(BlockString.Print(value));
        lexer.Advance();

        Assert.Equal(TokenKind.BlockString, lexer.Kind);
        Assert.Equal(value, lexer.Value);
    }

    [Fact]
    public void PrintString_EscapesControlCharactersLikeJson() =>
        Assert.Equal("\"a\\\"b\\\\c\\n\\u0001\\u007F\u00e9\"", AstPrinter.PrintString("a\"b\\c\n\u0001\u007F\u00e9"));
}
