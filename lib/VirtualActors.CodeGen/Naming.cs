using System.Text;
using Microsoft.CodeAnalysis;

namespace VirtualActors.CodeGen;

/// <summary>Names and type spellings used in generated code.</summary>
internal static class Naming
{
    public static readonly SymbolDisplayFormat Format = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static string Type(ITypeSymbol type) => type.ToDisplayString(Format);

    /// <summary>A C# identifier made from any text (dots and other punctuation become underscores).</summary>
    public static string Identifier(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            sb.Append(char.IsLetterOrDigit(c) ? c : '_');
        return sb.ToString();
    }

    public static string Generated(INamedTypeSymbol type, string suffix) =>
        Identifier(type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)) + "__" + suffix;

    public static string FileName(INamedTypeSymbol type, string suffix) => Generated(type, suffix) + ".g.cs";

    public static string Literal(string? text) =>
        text is null ? "null" : "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
