using GraphQL.Language.Ast;

namespace GraphQL.Language;

/// <summary>Type system definitions and extensions (SDL).</summary>
public sealed partial class Parser
{
    private static readonly HashSet<string> DirectiveLocationNames =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _lexer.TokenLocation;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.BraceL);
        var operationTypes = new List<OperationTypeDefinitionNode>();
        do
        {
            operationTypes.Add(ParseOperationTypeDefinition());
        }
        while (!Skip(TokenKind.BraceR));
        return new SchemaDefinitionNode(description, directives, operationTypes, End(start));
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = _lexer.TokenLocation;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type, End(start));
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _lexer.TokenLocation;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives, End(start));
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _lexer.TokenLocation;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields, End(start));
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _lexer.TokenLocation;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields, End(start));
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _lexer.TokenLocation;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types, End(start));
    }

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _lexer.TokenLocation;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values, End(start));
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _lexer.TokenLocation;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(description, name, directives, fields, End(start));
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _lexer.TokenLocation;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = SkipKeyword("repeatable");
        ExpectKeyword("on");
        var locations = new List<NameNode>();
        Skip(TokenKind.Pipe);
        do
        {
            var location = _lexer.TokenLocation;
            var locationName = ParseName();
            if (!DirectiveLocationNames.Contains(locationName.Value))
                throw Unexpected(TokenKind.Name, locationName.Value, location.Start);
            locations.Add(locationName);
        }
        while (Skip(TokenKind.Pipe));
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations, End(start));
    }

    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!SkipKeyword("implements"))
            return [];
        var list = new List<NamedTypeNode>();
        Skip(TokenKind.Amp);
        do
        {
            list.Add(ParseNamedType());
        }
        while (Skip(TokenKind.Amp));
        return list;
    }

    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes()
    {
        if (!Skip(TokenKind.Equals))
            return [];
        var list = new List<NamedTypeNode>();
        Skip(TokenKind.Pipe);
        do
        {
            list.Add(ParseNamedType());
        }
        while (Skip(TokenKind.Pipe));
        return list;
    }

    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!Skip(TokenKind.BraceL))
            return [];
        var list = new List<FieldDefinitionNode>();
        do
        {
            var start = _lexer.TokenLocation;
            var description = ParseDescription();
            var name = ParseName();
            var arguments = ParseArgumentDefinitions();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var directives = ParseDirectives(isConst: true);
            list.Add(new FieldDefinitionNode(description, name, arguments, type, directives, End(start)));
        }
        while (!Skip(TokenKind.BraceR));
        return list;
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);

    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);

    private IReadOnlyList<InputValueDefinitionNode> ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!Skip(open))
            return [];
        var list = new List<InputValueDefinitionNode>();
        do
        {
            var start = _lexer.TokenLocation;
            var description = ParseDescription();
            var name = ParseName();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var defaultValue = Skip(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
            var directives = ParseDirectives(isConst: true);
            list.Add(new InputValueDefinitionNode(description, name, type, defaultValue, directives, End(start)));
        }
        while (!Skip(close));
        return list;
    }

    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!Skip(TokenKind.BraceL))
            return [];
        var list = new List<EnumValueDefinitionNode>();
        do
        {
            var start = _lexer.TokenLocation;
            var description = ParseDescription();
            if (_lexer.Kind == TokenKind.Name && _lexer.Value is "true" or "false" or "null")
                throw _lexer.Error(_lexer.Start, $"{DescribeToken(_lexer.Kind, _lexer.Value)} is reserved and cannot be used for an enum value.");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            list.Add(new EnumValueDefinitionNode(description, name, directives, End(start)));
        }
        while (!Skip(TokenKind.BraceR));
        return list;
    }
}
