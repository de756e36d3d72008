namespace GraphQL.Tests.Language;

/// <summary>An SDL document using every type system construct, and its canonical printed form.</summary>
internal static class SdlKitchenSink
{
    public const string Source = """"
        """This is a description of the schema as a whole."""
        schema {
          query: QueryType
          mutation: MutationType
        }

        """
        This is a description
        of the `Foo` type.
        """
        type Foo implements Bar & Baz & Two {
          "Description of the `one` field."
          one: Type
          """This is a description of the `two` field."""
          two(
            """This is a description of the `argument` argument."""
            argument: InputType!
          ): Type
          three(argument: InputType, other: String): Int
          four(argument: String = "string"): String
          five(argument: [String] = ["string", "string"]): String
          six(argument: InputType = {key: "value"}): Type
          seven(argument: Int = null): Type
        }

        type AnnotatedObject @onObject(arg: "value") {
          annotatedField(arg: Type = "default" @onArgumentDefinition): Type @onField
        }

        interface Bar {
          one: Type
          four(argument: String = "string"): String
        }

        interface AnnotatedInterface implements Foo @onInterface {
          annotatedField(arg: Type @onArgumentDefinition): Type @onField
        }

        union Feed = | Story | Article | Advert

        union AnnotatedUnion @onUnion = A | B

        scalar CustomScalar @specifiedBy(url: "https://example.com")

        enum Site {
          """This is a description of the `DESKTOP` value"""
          DESKTOP
          MOBILE @deprecated(reason: "gone")
        }

        input InputType {
          key: String!
          answer: Int = 42
        }

        extend type Foo {
          seven(argument: [String]): Type
        }

        extend type Foo @onType

        extend interface Bar @onInterface

        extend union Feed = Photo

        extend scalar CustomScalar @onScalar

        extend enum Site {
          VR
        }

        extend input InputType {
          other: Float = 1.23e4 @onInputFieldDefinition
        }

        directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        directive @include2(if: Boolean!) repeatable on
          | FIELD
          | FRAGMENT_SPREAD
          | INLINE_FRAGMENT

        extend schema @onSchema {
          subscription: SubscriptionType
        }
        """";

    public const string Printed = """"
        """This is a description of the schema as a whole."""
        schema {
          query: QueryType
          mutation: MutationType
        }

        """
        This is a description
        of the `Foo` type.
        """
        type Foo implements Bar & Baz & Two {
          "Description of the `one` field."
          one: Type
          """This is a description of the `two` field."""
          two(
            """This is a description of the `argument` argument."""
            argument: InputType!
          ): Type
          three(argument: InputType, other: String): Int
          four(argument: String = "string"): String
          five(argument: [String] = ["string", "string"]): String
          six(argument: InputType = {key: "value"}): Type
          seven(argument: Int = null): Type
        }

        type AnnotatedObject @onObject(arg: "value") {
          annotatedField(arg: Type = "default" @onArgumentDefinition): Type @onField
        }

        interface Bar {
          one: Type
          four(argument: String = "string"): String
        }

        interface AnnotatedInterface implements Foo @onInterface {
          annotatedField(arg: Type @onArgumentDefinition): Type @onField
        }

        union Feed = Story | Article | Advert

        union AnnotatedUnion @onUnion = A | B

        scalar CustomScalar @specifiedBy(url: "https://example.com")

        enum Site {
          """This is a description of the `DESKTOP` value"""
          DESKTOP
          MOBILE @deprecated(reason: "gone")
        }

        input InputType {
          key: String!
          answer: Int = 42
        }

        extend type Foo {
          seven(argument: [String]): Type
        }

        extend type Foo @onType

        extend interface Bar @onInterface

        extend union Feed = Photo

        extend scalar CustomScalar @onScalar

        extend enum Site {
          VR
        }

        extend input InputType {
          other: Float = 1.23e4 @onInputFieldDefinition
        }

        directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        directive @include2(if: Boolean!) repeatable on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        extend schema @onSchema {
          subscription: SubscriptionType
        }
        """";
}
