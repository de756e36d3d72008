using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Theory]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Expected Name, found String \"\".", 1, 3)]
    [InlineData("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Unexpected variable \"$var\" in constant value.", 1, 37)]
    [InlineData("fragment on on on { on }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("query", "Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("{ a(b: ) }", "Unexpected \")\".", 1, 8)]
    [InlineData("type Foo { a: Int }\nextend type Foo", "Unexpected <EOF>.", 2, 16)]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("directive @d on FIELD | NOWHERE", "Unexpected Name \"NOWHERE\".", 1, 25)]
    [InlineData("\"desc\" extend type Foo @d", "Unexpected description, descriptions are not supported on type extensions.", 1, 1)]
    public void Parse_InvalidDocument_ReportsMessageLineAndColumn(string source, string description, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(source));

        Assert.Equal(description, error.Description);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal([new ErrorLocation(line, column)], error.ToGraphQLError().Locations);
    }

    [Fact]
    public void Parse_Field_RecordsAliasArgumentsAndLocations()
    {
        var document = Parser.Parse("query Q($id: ID!) {\n  me: user(id: $id, size: 64) @include(if: true) { name }\n}");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Equal("Q", operation.Name!.Value);
        var variable = Assert.Single(operation.VariableDefinitions);
        Assert.Equal("id", variable.Variable.Name.Value);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(variable.Type).Type).Name.Value);
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("me", field.ResponseName);
        Assert.Equal("user", field.Name.Value);
        Assert.Equal((2, 3), (field.Location.Line, field.Location.Column));
        Assert.Equal(["id", "size"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("64", Assert.IsType<IntValueNode>(field.Arguments[1].Value).Value);
        Assert.Equal("include", Assert.Single(field.Directives).Name.Value);
        Assert.Equal("user(id: $id, size: 64) @include(if: true) { name }".Length + "me: ".Length, field.Location.End - field.Location.Start);
    }

    [Fact]
    public void Parse_Values_ProducesEveryKind()
    {
        var value = Assert.IsType<ListValueNode>(Parser.ParseValue("[1, -2.5e3, \"s\", \"\"\"b\"\"\", true, null, RED, $v, {a: [], b: {}}]"));

        Assert.Collection(
            value.Values,
            v => Assert.Equal("1", Assert.IsType<IntValueNode>(v).Value),
            v => Assert.Equal("-2.5e3", Assert.IsType<FloatValueNode>(v).Value),
            v => Assert.False(Assert.IsType<StringValueNode>(v).Block),
            v => Assert.True(Assert.IsType<StringValueNode>(v).Block),
            v => Assert.True(Assert.IsType<BooleanValueNode>(v).Value),
            v => Assert.IsType<NullValueNode>(v),
            v => Assert.Equal("RED", Assert.IsType<EnumValueNode>(v).Value),
            v => Assert.Equal("v", Assert.IsType<VariableNode>(v).Name.Value),
            v => Assert.Equal(["a", "b"], Assert.IsType<ObjectValueNode>(v).Fields.Select(f => f.Name.Value)));
    }

    [Fact]
    public void Parse_DescriptionsOnExecutableDefinitions_AreKept()
    {
        var document = Parser.Parse("\"Loads a user\"\nquery Q(\"the id\" $id: ID) { a }\n\"\"\"Frag\"\"\" fragment F on T { b }");

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("Loads a user", operation.Description!.Value);
        Assert.Equal("the id", operation.VariableDefinitions[0].Description!.Value);
        Assert.Equal("Frag", Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]).Description!.Value);
    }

    [Fact]
    public void Parse_TypeSystemDocument_ReadsAllDefinitionKinds()
    {
        var document = Parser.Parse(SdlKitchenSink.Source);

        Assert.Equal(
            [
                NodeKind.SchemaDefinition, NodeKind.ObjectTypeDefinition, NodeKind.ObjectTypeDefinition, NodeKind.InterfaceTypeDefinition,
                NodeKind.InterfaceTypeDefinition, NodeKind.UnionTypeDefinition, NodeKind.UnionTypeDefinition, NodeKind.ScalarTypeDefinition,
                NodeKind.EnumTypeDefinition, NodeKind.InputObjectTypeDefinition, NodeKind.ObjectTypeExtension, NodeKind.ObjectTypeExtension,
                NodeKind.InterfaceTypeExtension, NodeKind.UnionTypeExtension, NodeKind.ScalarTypeExtension, NodeKind.EnumTypeExtension,
                NodeKind.InputObjectTypeExtension, NodeKind.DirectiveDefinition, NodeKind.DirectiveDefinition, NodeKind.SchemaExtension,
            ],
            document.Definitions.Select(d => d.Kind));
        var annotated = Assert.IsType<InterfaceTypeDefinitionNode>(document.Definitions[4]);
        Assert.Equal(["Foo"], annotated.Interfaces.Select(i => i.Name.Value));
        var directive = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[18]);
        Assert.True(directive.Repeatable);
        Assert.Equal(["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"], directive.Locations.Select(l => l.Value));
    }

    [Fact]
    public void Parse_MoreTokensThanAllowed_Aborts()
    {
        var options = new ParserOptions { MaxTokens = 5 };

        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ a b c d e f }", options));

        Assert.Equal("Document contains more than 5 tokens. Parsing aborted.", error.Description);
        Assert.Equal((1, 11), (error.Line, error.Column));
        Assert.NotNull(Parser.Parse("{ a b c }", options));
    }

    [Fact]
    public void Parse_LongerThanAllowed_IsRejectedBeforeLexing()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ abc }", new ParserOptions { MaxCharacters = 6 }));

        Assert.Contains("more than the allowed 6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NestingDeeperThanAllowed_IsRejectedWithoutStackOverflow()
    {
        var deep = new string('[', 100_000);

        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ a(b: " + deep + ") }", ParserOptions.Unlimited));

        Assert.Equal("Document nesting is deeper than the allowed 128 levels.", error.Description);
        Assert.Equal(1, error.Line);
        Assert.Equal(7 + 128, error.Column);
    }
}
