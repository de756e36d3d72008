using System.Collections.Frozen;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace GraphQL.AspNetCore.Explorer;

/// <summary>
/// Serves GraphiQL from the files embedded at build time (taken from npm, never a CDN). When the build had no
/// <c>node_modules</c>, the page says how to install them instead.
/// </summary>
internal sealed class ExplorerAssets
{
    private const string ResourcePrefix = "explorer/";
    private static readonly FrozenDictionary<string, byte[]> Files = LoadFiles();

    private readonly string _endpoint;

    public ExplorerAssets(string endpoint) => _endpoint = endpoint;

    /// <summary>Whether the GraphiQL files were embedded.</summary>
    public static bool IsAvailable => Files.ContainsKey("graphiql.min.js");

    public async Task ServeAsync(HttpContext context, string? asset)
    {
        var response = context.Response;
        if (string.IsNullOrEmpty(asset) || asset == "index.html")
        {
            if (!IsAvailable)
            {
                response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync("GraphiQL was not built in: run `npm ci --prefix lib/GraphQL.AspNetCore/Explorer` and rebuild.").ConfigureAwait(false);
                return;
            }

            var basePath = context.Request.PathBase + context.Request.Path.Value!.TrimEnd('/');
            if (!string.IsNullOrEmpty(asset))
                basePath = basePath[..^(asset.Length + 1)];
            var html = Encoding.UTF8.GetString(Files["index.html"])
                .Replace("{{base}}", basePath, StringComparison.Ordinal)
                .Replace("{{endpoint}}", context.Request.PathBase + _endpoint, StringComparison.Ordinal);
            response.ContentType = "text/html; charset=utf-8";
            await response.WriteAsync(html).ConfigureAwait(false);
            return;
        }

        if (!Files.TryGetValue(asset, out var bytes))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        response.ContentType = asset.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        response.Headers.CacheControl = "public, max-age=86400";
        await response.Body.WriteAsync(bytes).ConfigureAwait(false);
    }

    private static FrozenDictionary<string, byte[]> LoadFiles()
    {
        var assembly = typeof(ExplorerAssets).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            files[name[ResourcePrefix.Length..]] = memory.ToArray();
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
