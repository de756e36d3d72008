using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>Validates executable documents against a schema with the specification's rules (and any extra ones).</summary>
public static class DocumentValidator
{
    /// <summary>
    /// Runs the rules (by default <see cref="SpecifiedRules.All"/>) in one walk and returns the errors in
    /// the order found; empty when the document is valid.
    /// </summary>
    public static IReadOnlyList<ValidationError> Validate(Schema schema, DocumentNode document, IReadOnlyList<Func<ValidationRule>>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        rules ??= SpecifiedRules.All;
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo);
        var instances = new ValidationRule[rules.Count];
        for (var i = 0; i < instances.Length; i++)
        {
            instances[i] = rules[i]();
            instances[i].Attach(context);
        }

        new DocumentWalker(typeInfo, instances).WalkDocument(document);
        return context.Errors;
    }
}
