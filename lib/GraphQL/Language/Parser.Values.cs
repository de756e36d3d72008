using GraphQL.Language.Ast;

namespace GraphQL.Language;

/// <summary>Value literals, type references, directives and arguments.</summary>
public sealed partial class Parser
{
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var start = _lexer.TokenLocation;
        switch (_lexer.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst, start);
            case TokenKind.BraceL:
                return ParseObject(isConst, start);
            case TokenKind.Int:
            {
                var value = _lexer.Value!;
                Advance();
                return new IntValueNode(value, start);
            }

            case TokenKind.Float:
            {
                var value = _lexer.Value!;
                Advance();
                return new FloatValueNode(value, start);
            }

            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
            {
                var value = _lexer.Value!;
                Advance();
                return value switch
                {
                    "true" => new BooleanValueNode(true, start),
                    "false" => new BooleanValueNode(false, start),
                    "null" => new NullValueNode(start),
                    _ => new EnumValueNode(value, start),
                };
            }

            case TokenKind.Dollar:
                if (isConst)
                {
                    var (nextKind, nextValue, _) = _lexer.Peek();
                    if (nextKind == TokenKind.Name)
                        throw _lexer.Error(start.Start, $"Unexpected variable \"${nextValue}\" in constant value.");
                    throw Unexpected();
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private ListValueNode ParseList(bool isConst, Location start)
    {
        Expect(TokenKind.BracketL);
        Enter(start);
        var values = new List<ValueNode>();
        while (!Skip(TokenKind.BracketR))
            values.Add(ParseValueLiteral(isConst));
        _depth--;
        return new ListValueNode(values.Count == 0 ? [] : values, End(start));
    }

    private ObjectValueNode ParseObject(bool isConst, Location start)
    {
        Expect(TokenKind.BraceL);
        Enter(start);
        var fields = new List<ObjectFieldNode>();
        while (!Skip(TokenKind.BraceR))
        {
            var fieldStart = _lexer.TokenLocation;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            fields.Add(new ObjectFieldNode(name, value, End(fieldStart)));
        }

        _depth--;
        return new ObjectValueNode(fields.Count == 0 ? [] : fields, End(start));
    }

    private StringValueNode ParseStringLiteral()
    {
        var start = _lexer.TokenLocation;
        var block = _lexer.Kind == TokenKind.BlockString;
        var value = _lexer.Value!;
        Advance();
        return new StringValueNode(value, block, start);
    }

    private bool IsDescriptionStart() => _lexer.Kind is TokenKind.String or TokenKind.BlockString;

    private StringValueNode? ParseDescription() => IsDescriptionStart() ? ParseStringLiteral() : null;

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!Skip(TokenKind.ParenL))
            return [];
        var list = new List<ArgumentNode>();
        do
        {
            var start = _lexer.TokenLocation;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            list.Add(new ArgumentNode(name, value, End(start)));
        }
        while (!Skip(TokenKind.ParenR));
        return list;
    }

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (_lexer.Kind != TokenKind.At)
            return [];
        var list = new List<DirectiveNode>();
        while (_lexer.Kind == TokenKind.At)
        {
            var start = _lexer.TokenLocation;
            Advance();
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            list.Add(new DirectiveNode(name, arguments, End(start)));
        }

        return list;
    }

    private TypeNode ParseTypeReference()
    {
        var start = _lexer.TokenLocation;
        TypeNode type;
        if (Skip(TokenKind.BracketL))
        {
            Enter(start);
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            _depth--;
            type = new ListTypeNode(inner, End(start));
        }
        else
        {
            type = ParseNamedType();
        }

        return Skip(TokenKind.Bang) ? new NonNullTypeNode(type, End(start)) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = _lexer.TokenLocation;
        var name = ParseName();
        return new NamedTypeNode(name, End(start));
    }
}
