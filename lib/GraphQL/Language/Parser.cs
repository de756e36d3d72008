using GraphQL.Language.Ast;

namespace GraphQL.Language;

/// <summary>
/// Recursive-descent parser for GraphQL documents (executable and type system definitions) following
/// the September 2025 specification, with graphql-js compatible error messages. Not thread-safe; use
/// the static <see cref="Parse(string, ParserOptions?)"/> entry points.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private int _tokenCount;
    private int _depth;

    private Parser(string source, ParserOptions options)
    {
        _options = options;
        if (source.Length > options.MaxCharacters)
            throw new GraphQLSyntaxError($"Document is {source.Length} characters long, more than the allowed {options.MaxCharacters}.", 0, 1, 1);
        _lexer = new Lexer(source);
    }

    /// <summary>Parses a whole document.</summary>
    /// <exception cref="GraphQLSyntaxError">The text is not a valid document or exceeds a limit.</exception>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new Parser(source, options ?? ParserOptions.Default);
        return parser.ParseDocument();
    }

    /// <summary>Parses a single value literal such as <c>[1, "a", {b: $c}]</c>.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new Parser(source, options ?? ParserOptions.Default);
        parser.Advance();
        var value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new Parser(source, options ?? ParserOptions.Default);
        parser.Advance();
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    private DocumentNode ParseDocument()
    {
        var start = _lexer.TokenLocation;
        Advance();
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (_lexer.Kind != TokenKind.EndOfFile);
        return new DocumentNode(definitions, _lexer.Source, new Location(start.Start, _lexer.PreviousEnd, 1, 1));
    }

    private DefinitionNode ParseDefinition()
    {
        if (_lexer.Kind == TokenKind.BraceL)
            return ParseOperationDefinition();

        var hasDescription = IsDescriptionStart();
        var (keywordKind, keyword, keywordLocation) = hasDescription ? _lexer.Peek() : (_lexer.Kind, _lexer.Value, _lexer.TokenLocation);
        if (keywordKind == TokenKind.Name)
        {
            switch (keyword)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }

            if (keyword == "extend")
            {
                if (hasDescription)
                    throw _lexer.Error(_lexer.Start, "Unexpected description, descriptions are not supported on type extensions.");
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keywordKind, keyword, keywordLocation.Start);
    }

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _lexer.TokenLocation;
        if (_lexer.Kind == TokenKind.BraceL)
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(null, OperationType.Query, null, [], [], shorthand, End(start));
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = _lexer.Kind == TokenKind.Name ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(description, operation, name, variables, directives, selectionSet, End(start));
    }

    private OperationType ParseOperationType()
    {
        var location = _lexer.TokenLocation;
        var kind = _lexer.Kind;
        var value = _lexer.Value;
        if (kind == TokenKind.Name)
        {
            switch (value)
            {
                case "query": Advance(); return OperationType.Query;
                case "mutation": Advance(); return OperationType.Mutation;
                case "subscription": Advance(); return OperationType.Subscription;
            }
        }

        throw Unexpected(kind, value, location.Start);
    }

    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!Skip(TokenKind.ParenL))
            return [];
        var list = new List<VariableDefinitionNode>();
        do
        {
            list.Add(ParseVariableDefinition());
        }
        while (!Skip(TokenKind.ParenR));
        return list;
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _lexer.TokenLocation;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = Skip(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(description, variable, type, defaultValue, directives, End(start));
    }

    private VariableNode ParseVariable()
    {
        var start = _lexer.TokenLocation;
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name, End(start));
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = _lexer.TokenLocation;
        Expect(TokenKind.BraceL);
        Enter(start);
        var selections = new List<SelectionNode>();
        do
        {
            selections.Add(_lexer.Kind == TokenKind.Spread ? ParseFragment() : ParseField());
        }
        while (!Skip(TokenKind.BraceR));
        _depth--;
        return new SelectionSetNode(selections, End(start));
    }

    private FieldNode ParseField()
    {
        var start = _lexer.TokenLocation;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (Skip(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = _lexer.Kind == TokenKind.BraceL ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, End(start));
    }

    private SelectionNode ParseFragment()
    {
        var start = _lexer.TokenLocation;
        Expect(TokenKind.Spread);
        var hasTypeCondition = SkipKeyword("on");
        if (!hasTypeCondition && _lexer.Kind == TokenKind.Name)
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives, End(start));
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet, End(start));
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _lexer.TokenLocation;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(description, name, typeCondition, directives, selectionSet, End(start));
    }

    private NameNode ParseFragmentName()
    {
        if (_lexer.Kind == TokenKind.Name && _lexer.Value == "on")
            throw Unexpected();
        return ParseName();
    }

    private NameNode ParseName()
    {
        var location = _lexer.TokenLocation;
        var value = _lexer.Value;
        Expect(TokenKind.Name);
        return new NameNode(value!, location);
    }

    private void Advance()
    {
        _lexer.Advance();
        if (_lexer.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
            throw _lexer.Error(_lexer.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");
    }

    private void Enter(Location start)
    {
        if (++_depth > _options.MaxDepth)
            throw _lexer.Error(start.Start, $"Document nesting is deeper than the allowed {_options.MaxDepth} levels.");
    }

    private Location End(Location start) => new(start.Start, _lexer.PreviousEnd, start.Line, start.Column);

    private bool Skip(TokenKind kind)
    {
        if (_lexer.Kind != kind)
            return false;
        Advance();
        return true;
    }

    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
            throw _lexer.Error(_lexer.Start, $"Expected {kind.Describe()}, found {DescribeToken(_lexer.Kind, _lexer.Value)}.");
        Advance();
    }

    private bool SkipKeyword(string keyword)
    {
        if (_lexer.Kind != TokenKind.Name || _lexer.Value != keyword)
            return false;
        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!SkipKeyword(keyword))
            throw _lexer.Error(_lexer.Start, $"Expected \"{keyword}\", found {DescribeToken(_lexer.Kind, _lexer.Value)}.");
    }

    private GraphQLSyntaxError Unexpected() => Unexpected(_lexer.Kind, _lexer.Value, _lexer.Start);

    private GraphQLSyntaxError Unexpected(TokenKind kind, string? value, int position) =>
        _lexer.Error(position, $"Unexpected {DescribeToken(kind, value)}.");

    private static string DescribeToken(TokenKind kind, string? value) =>
        value is null ? kind.Describe() : $"{kind.Describe()} \"{value}\"";
}
