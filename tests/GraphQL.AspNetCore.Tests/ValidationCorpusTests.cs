using System.Text.Json;
using GraphQL.Language;
using GraphQL.Validation;

namespace GraphQL.AspNetCore.Tests;

/// <summary>
/// Every document of tests/GraphQL.Conformance/corpus/invalid-documents.json (each a real mistake) is rejected by the same
/// validation rules in our engine as in graphql-js, which runs each of its specified rules alone on it.
/// </summary>
public sealed class ValidationCorpusTests
{
    [Fact]
    public async Task InvalidDocuments_FireTheSameRulesAsGraphQLJs()
    {
        var schema = TestSchema.Create(new EventBroadcaster());
        var corpusPath = Path.Combine(NodeRunner.ConformanceFolder, "corpus", "invalid-documents.json");
        var schemaPath = Path.Combine(Path.GetTempPath(), $"corpus-schema-{Environment.ProcessId}.graphql");
        await File.WriteAllTextAsync(schemaPath, schema.ToSdl());
        string output;
        try
        {
            output = await NodeRunner.RunAsync("validate-corpus.mjs", TimeSpan.FromSeconds(60), schemaPath, corpusPath);
        }
        finally
        {
            File.Delete(schemaPath);
        }

        using var corpus = JsonDocument.Parse(await File.ReadAllTextAsync(corpusPath));
        using var expected = JsonDocument.Parse(output);
        var documents = corpus.RootElement.EnumerateArray().ToList();
        var reference = expected.RootElement.EnumerateArray().ToList();
        Assert.True(documents.Count >= 100, $"the corpus has {documents.Count} documents");
        Assert.Equal(documents.Count, reference.Count);
        var mismatches = new List<string>();
        for (var i = 0; i < documents.Count; i++)
        {
            var text = documents[i].GetProperty("document").GetString()!;
            var theirs = reference[i].EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal).ToList();
            var ours = RulesFired(schema, text);
            if (theirs.Count == 0)
                mismatches.Add($"#{i} graphql-js accepts it, so it is no mistake: {text}");
            else if (!ours.SequenceEqual(theirs))
                mismatches.Add($"#{i} {documents[i].GetProperty("mistake").GetString()}: ours [{string.Join(", ", ours)}], graphql-js [{string.Join(", ", theirs)}]");
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    private static List<string> RulesFired(Types.Schema schema, string text)
    {
        Language.Ast.DocumentNode document;
        try
        {
            document = Parser.Parse(text);
        }
        catch (GraphQLSyntaxError)
        {
            return ["syntax"];
        }

        return DocumentValidator.Validate(schema, document, SpecifiedRules.All)
            .Select(e => e.RuleName).Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
