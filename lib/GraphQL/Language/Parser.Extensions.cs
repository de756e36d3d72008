using GraphQL.Language.Ast;

namespace GraphQL.Language;

/// <summary>Type system extensions (<c>extend schema</c>, <c>extend type</c>, ...).</summary>
public sealed partial class Parser
{
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var (kind, keyword, location) = _lexer.Peek();
        if (kind == TokenKind.Name)
        {
            switch (keyword)
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectOrInterfaceExtension(isInterface: false);
                case "interface": return ParseObjectOrInterfaceExtension(isInterface: true);
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(kind, keyword, location.Start);
    }

    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = _lexer.TokenLocation;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes = [];
        if (Skip(TokenKind.BraceL))
        {
            var list = new List<OperationTypeDefinitionNode>();
            do
            {
                list.Add(ParseOperationTypeDefinition());
            }
            while (!Skip(TokenKind.BraceR));
            operationTypes = list;
        }

        if (directives.Count == 0 && operationTypes.Count == 0)
            throw Unexpected();
        return new SchemaExtensionNode(directives, operationTypes, End(start));
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = _lexer.TokenLocation;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
            throw Unexpected();
        return new ScalarTypeExtensionNode(name, directives, End(start));
    }

    private TypeExtensionNode ParseObjectOrInterfaceExtension(bool isInterface)
    {
        var start = _lexer.TokenLocation;
        ExpectKeyword("extend");
        ExpectKeyword(isInterface ? "interface" : "type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
            throw Unexpected();
        return isInterface
            ? new InterfaceTypeExtensionNode(name, interfaces, directives, fields, End(start))
            : new ObjectTypeExtensionNode(name, interfaces, directives, fields, End(start));
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = _lexer.TokenLocation;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
            throw Unexpected();
        return new UnionTypeExtensionNode(name, directives, types, End(start));
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = _lexer.TokenLocation;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
            throw Unexpected();
        return new EnumTypeExtensionNode(name, directives, values, End(start));
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = _lexer.TokenLocation;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0)
            throw Unexpected();
        return new InputObjectTypeExtensionNode(name, directives, fields, End(start));
    }
}
