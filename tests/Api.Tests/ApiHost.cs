using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SmartMarket.Api;
using SmartMarket.Api.Auth;
using SmartMarket.Grains.Market;
using SmartMarket.Silo;
using SmartMarket.Silo.Trading;
using SmartMarket.Trading.MarketData;
using VirtualActors;

namespace Api.Tests;

/// <summary>The real API on Kestrel at 127.0.0.1 (a free port), with the silo and grains in process and no market feed.</summary>
internal sealed class ApiHost : IAsyncDisposable
{
    public static readonly DateTime T0 = new(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly WebApplication _app;
    private readonly string _folder;
    private readonly HttpClient _http = new();

    private ApiHost(WebApplication app, string folder)
    {
        _app = app;
        _folder = folder;
        BaseUri = new Uri(app.Urls.First());
    }

    public Uri BaseUri { get; }

    public Uri GraphQLUri => new(BaseUri, "/graphql");

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    public ApiUserStore Store => _app.Services.GetRequiredService<ApiUserStore>();

    public GrainRuntime Runtime => _app.Services.GetRequiredService<GrainRuntime>();

    public static async Task<ApiHost> StartAsync(int permitsPerWindow = 1000, int maxDepth = 10, int maxCost = 5_000)
    {
        var folder = Directory.CreateTempSubdirectory("sm-api-tests-").FullName;
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration["Silo:DataDirectory"] = folder;
        builder.Configuration["Feed:Enabled"] = "false";
        builder.Configuration["Api:TokenStoreFile"] = Path.Combine(folder, "api-users.json");
        builder.Configuration["Api:PermitsPerWindow"] = permitsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.Configuration["Api:MaxDepth"] = maxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.Configuration["Api:MaxCost"] = maxCost.ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.AddSilo();
        builder.AddTradingGrains();
        builder.AddSmartMarketApi();
        builder.Services.AddSingleton<ISymbolCatalog>(new SymbolCatalog(() => ["BTCUSDT", "ETHUSDT"]));
        var app = builder.Build();
        app.MapSmartMarketGraphQL();
        await app.StartAsync();
        return new ApiHost(app, folder);
    }

    /// <summary>One trade into the symbol grain, <paramref name="second"/> seconds after <see cref="T0"/>.</summary>
    public ValueTask TradeAsync(string ticker, int second, decimal price) =>
        Grains.GetGrain<ISymbolGrain>(ticker).OnTickAsync(new Tick(T0.AddSeconds(second), price, 1m, Side.Buy));

    /// <summary>POSTs a GraphQL request and returns the HTTP status with the parsed body.</summary>
    public async Task<(int Status, JsonElement Body)> PostAsync(string? token, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLUri)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return ((int)response.StatusCode, body);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the stopping silo; the temp folder is cleaned by the OS later.
        }
    }
}
