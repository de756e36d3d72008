namespace GraphQL.Language.Ast;

/// <summary>The kind of an AST node.</summary>
public enum NodeKind
{
    /// <summary>A name: of a field, type, argument, variable, directive or fragment.</summary>
    Name,

    /// <summary>A parsed GraphQL document: executable definitions, type system definitions or both.</summary>
    Document,

    /// <summary>A query, mutation or subscription.</summary>
    OperationDefinition,

    /// <summary>A named fragment: <c>fragment Name on Type { ... }</c>.</summary>
    FragmentDefinition,

    /// <summary>A variable declared by an operation: <c>$name: Type = default @directives</c>.</summary>
    VariableDefinition,

    /// <summary>A braced list of selections.</summary>
    SelectionSet,

    /// <summary>A field selection: <c>alias: name(arguments) @directives { ... }</c>.</summary>
    Field,

    /// <summary>A spread of a named fragment: <c>...Name</c>.</summary>
    FragmentSpread,

    /// <summary>An inline fragment: <c>... on Type { ... }</c>.</summary>
    InlineFragment,

    /// <summary>An argument of a field or directive: <c>name: value</c>.</summary>
    Argument,

    /// <summary>A directive application: <c>@name(arguments)</c>.</summary>
    Directive,

    /// <summary>A variable reference: <c>$name</c>.</summary>
    Variable,

    /// <summary>An integer literal, kept as source text so no precision is lost.</summary>
    IntValue,

    /// <summary>A floating-point literal, kept as source text so no precision is lost.</summary>
    FloatValue,

    /// <summary>A string literal (quoted or block), with escapes and block indentation already processed.</summary>
    StringValue,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    BooleanValue,

    /// <summary>The <c>null</c> literal.</summary>
    NullValue,

    /// <summary>An enum value literal: a name other than <c>true</c>, <c>false</c> or <c>null</c>.</summary>
    EnumValue,

    /// <summary>A list literal: <c>[a, b]</c>.</summary>
    ListValue,

    /// <summary>An input object literal: <c>{ name: value }</c>.</summary>
    ObjectValue,

    /// <summary>A field of an input object literal.</summary>
    ObjectField,

    /// <summary>A reference to a named type.</summary>
    NamedType,

    /// <summary>A list type reference: <c>[Type]</c>.</summary>
    ListType,

    /// <summary>A non-null type reference: <c>Type!</c>.</summary>
    NonNullType,

    /// <summary>A <c>schema { query: Query ... }</c> definition.</summary>
    SchemaDefinition,

    /// <summary>A root operation type entry: <c>query: Query</c>.</summary>
    OperationTypeDefinition,

    /// <summary>A <c>scalar</c> definition.</summary>
    ScalarTypeDefinition,

    /// <summary>A <c>type</c> definition.</summary>
    ObjectTypeDefinition,

    /// <summary>An <c>interface</c> definition.</summary>
    InterfaceTypeDefinition,

    /// <summary>A <c>union</c> definition.</summary>
    UnionTypeDefinition,

    /// <summary>An <c>enum</c> definition.</summary>
    EnumTypeDefinition,

    /// <summary>An <c>input</c> definition.</summary>
    InputObjectTypeDefinition,

    /// <summary>A field of an object or interface type definition.</summary>
    FieldDefinition,

    /// <summary>An argument or input field definition.</summary>
    InputValueDefinition,

    /// <summary>A value of an enum type definition.</summary>
    EnumValueDefinition,

    /// <summary>A <c>directive @name(...) on LOCATIONS</c> definition.</summary>
    DirectiveDefinition,

    /// <summary>An <c>extend schema</c> definition.</summary>
    SchemaExtension,

    /// <summary>An <c>extend scalar</c> definition.</summary>
    ScalarTypeExtension,

    /// <summary>An <c>extend type</c> definition.</summary>
    ObjectTypeExtension,

    /// <summary>An <c>extend interface</c> definition.</summary>
    InterfaceTypeExtension,

    /// <summary>An <c>extend union</c> definition.</summary>
    UnionTypeExtension,

    /// <summary>An <c>extend enum</c> definition.</summary>
    EnumTypeExtension,

    /// <summary>An <c>extend input</c> definition.</summary>
    InputObjectTypeExtension,
}
