using SmartMarket.Api.GraphQL;

namespace Api.Tests;

public sealed class SchemaTests
{
    [Fact]
    public void CheckedInSdl_MatchesTheSchemaBuiltFromCode()
    {
        var path = Path.Combine(RepoRoot(), "Api", "schema.graphql");
        var printed = SmartMarketSchema.Schema.ToSdl() + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
            File.WriteAllText(path, printed);

        var checkedIn = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "(missing)";

        Assert.True(checkedIn == printed,
            "Api/schema.graphql differs from the schema built in Api/GraphQL. Regenerate it with: " +
            "UPDATE_SCHEMA=1 dotnet test tests/Api.Tests --filter FullyQualifiedName~SchemaTests, then review the diff.");
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SmartMarket.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("SmartMarket.sln not found above " + AppContext.BaseDirectory);
    }
}
