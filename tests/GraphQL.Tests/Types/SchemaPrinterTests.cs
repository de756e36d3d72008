using GraphQL.Building;
using static GraphQL.Building.TypeRefs;

namespace GraphQL.Tests.Types;

public sealed class SchemaPrinterTests
{
    private enum Side
    {
        Buy,
        Sell,
    }

    [Fact]
    public void Print_CodeFirstSchema_ProducesGraphqlJsLayout()
    {
        var builder = new SchemaBuilder();
        var side = builder.Enum<Side>("Side");
        var node = builder.Interface("Node", i => i.ResolveType(_ => "Order").Field("id", "ID!").Description("Global id."));
        var order = builder.Object("Order", o =>
        {
            o.Description("An order.");
            o.Implements(node);
            o.Field("side", NonNull(side));
            o.Field("price", "Decimal").Deprecated("Use limitPrice.");
            o.Field("placedAt", "DateTime!");
        });
        builder.InputObject("OrderFilter", i => i.Field("side", side).Field("limit", "Int", f => f.Default(10)));
        builder.Query(q =>
        {
            q.Field("orders", ListOf(NonNull(order)))
                .Argument("filter", "OrderFilter")
                .Argument("first", "Int", a => a.Default(5).Description("How many."));
            q.Field("node", node).Argument("id", "ID!");
        });

        var sdl = builder.Build().ToSdl();

        Assert.Equal(
            """"
            enum Side {
              BUY
              SELL
            }

            interface Node {
              """Global id."""
              id: ID!
            }

            """An order."""
            type Order implements Node {
              """Global id."""
              id: ID!
              side: Side!
              price: Decimal @deprecated(reason: "Use limitPrice.")
              placedAt: DateTime!
            }

            """
            An exact decimal number, serialized as a string such as `"123.45"` to keep every digit; accepted as a string or a number.
            """
            scalar Decimal

            """
            An instant in time as an ISO-8601 string in UTC, e.g. `2024-05-01T12:30:00Z`.
            """
            scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time.html")

            input OrderFilter {
              side: Side
              limit: Int = 10
            }

            type Query {
              orders(
                filter: OrderFilter

                """How many."""
                first: Int = 5
              ): [Order!]
              node(id: ID!): Node
            }
            """",
            sdl);
    }

    [Fact]
    public void Print_SdlBuiltSchema_ReproducesItsCanonicalSource()
    {
        const string Sdl = """"
            schema {
              query: Root
              mutation: Mutations
            }

            directive @cached(seconds: Int = 60) repeatable on FIELD | QUERY

            """A unit of trading."""
            interface Instrument {
              symbol: String!
            }

            type Spot implements Instrument {
              symbol: String!
              pair: [String!]!
            }

            type Perpetual implements Instrument {
              symbol: String!
              funding(window: Window = HOUR): Float @deprecated
            }

            union Any = Spot | Perpetual

            enum Window {
              HOUR
              DAY @deprecated(reason: "Too coarse.")
            }

            input Lookup @oneOf {
              symbol: String
              id: ID
            }

            input Paging {
              first: Int = 10
              after: String
              tags: [String!] = ["a", "b"]
            }

            type Root {
              instrument(by: Lookup!): Instrument
              all(paging: Paging = {first: 5}): [Any]
            }

            type Mutations {
              touch: Boolean
            }

            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
            """";

        Assert.Equal(Sdl, SdlSchema.Build(Sdl).ToSdl());
    }
}
