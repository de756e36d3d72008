using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using VirtualActors.CodeGen;

namespace VirtualActors.Tests;

public sealed class GeneratorTests
{
    private static (ImmutableArray<Diagnostic> Diagnostics, string Generated) Run(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(p => MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(IGrain).Assembly.Location));
        var compilation = CSharpCompilation.Create("Sample", [CSharpSyntaxTree.ParseText(source)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create(new GrainGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var generated = string.Join("\n", driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()));
        var errors = diagnostics.AddRange(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return (errors, generated);
    }

    [Fact]
    public void ValidGrain_GetsProxyRequestsAndRegistration_ThatCompile()
    {
        var (diagnostics, generated) = Run("""
            using System.Threading.Tasks;
            using VirtualActors;
            namespace Shop;
            public interface ICartGrain : IGrainWithStringKey
            {
                Task AddAsync(string sku, int quantity);
                ValueTask<int> CountAsync();
                [AlwaysInterleave] Task<string?> PeekAsync();
            }
            [Reentrant, GrainType("cart")]
            public sealed class CartGrain(IGrainFactory factory) : Grain, ICartGrain
            {
                public Task AddAsync(string sku, int quantity) => Task.CompletedTask;
                public ValueTask<int> CountAsync() => new(0);
                public Task<string?> PeekAsync() => Task.FromResult<string?>(null);
            }
            """);
        Assert.Empty(diagnostics);
        Assert.Contains("class Shop_ICartGrain__Proxy", generated);
        Assert.Contains("RegisterInterface<global::Shop.ICartGrain>", generated);
        Assert.Contains("\"cart\", typeof(global::Shop.CartGrain)", generated);
        Assert.Contains("Reentrant: true", generated);
        Assert.Contains("new(\"Shop.ICartGrain\", \"PeekAsync\", true, 0)", generated);
        Assert.Contains("new global::Shop.CartGrain(context.GrainFactory)", generated);
        Assert.DoesNotContain("GetType(", generated);
    }

    [Theory]
    [InlineData("int Count();", "VA0001")]
    [InlineData("Task<T> GetAsync<T>();", "VA0002")]
    [InlineData("Task SetAsync(ref int value);", "VA0003")]
    [InlineData("int Count { get; }", "VA0004")]
    public void InvalidGrainInterface_IsReportedWithItsRule(string member, string rule)
    {
        var (diagnostics, _) = Run($$"""
            using System.Threading.Tasks;
            using VirtualActors;
            public interface IBadGrain : IGrainWithStringKey { {{member}} }
            """);
        Assert.Contains(diagnostics, d => d.Id == rule);
    }
}
