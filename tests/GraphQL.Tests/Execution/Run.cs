using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQL.Tests.Execution;

/// <summary>Parses, validates (the document must be valid) and executes, for tests.</summary>
internal static class Run
{
    public static async Task<ExecutionResult> Execute(
        Schema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        object? root = null,
        ExecutionOptions? options = null)
    {
        var document = Parser.Parse(query);
        Assert.Empty(DocumentValidator.Validate(schema, document).Select(e => e.Message));
        return await new Executor(schema, options).ExecuteAsync(new ExecutionRequest { Document = document, Variables = variables, RootValue = root });
    }

    public static async Task<string> Json(
        Schema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        object? root = null,
        ExecutionOptions? options = null) =>
        (await Execute(schema, query, variables, root, options)).ToJson();

    /// <summary>Variables from a JSON object, decoded the way a transport would.</summary>
    public static Dictionary<string, object?> Variables(string json) => JsonInput.ParseObject(json)!;
}
