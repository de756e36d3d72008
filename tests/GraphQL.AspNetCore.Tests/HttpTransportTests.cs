using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphQL.AspNetCore.Tests;

[Collection(ServerCollection.Name)]
public sealed class HttpTransportTests(ServerFixture server)
{
    private readonly HttpClient _client = new() { BaseAddress = server.BaseAddress };

    [Fact]
    public async Task Post_WithGraphQLResponseAccept_ReturnsDataWithMatchingContentType()
    {
        var response = await PostAsync("""{"query":"{ hello(name: \"Ann\") count }"}""", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("""{"data":{"hello":"Hello, Ann","count":42}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_WithoutAccept_AnswersInApplicationJson()
    {
        var response = await PostAsync("""{"query":"{ count }"}""", accept: null);

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Post_ValidationError_StatusDependsOnNegotiatedType(string accept, HttpStatusCode expected)
    {
        var response = await PostAsync("""{"query":"{ nope }"}""", accept);

        Assert.Equal(expected, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.TryGetProperty("data", out _));
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", body.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_VariablesOfWrongType_Gets400WithGraphQLResponse()
    {
        var response = await PostAsync("""{"query":"query($n: String!) { pet(name: $n) { name } }","variables":{"n":5}}""", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_ResolverError_Is200WithDataAndErrorPath()
    {
        var response = await PostAsync("""{"query":"{ count fail }"}""", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """{"errors":[{"message":"resolver failed","locations":[{"line":1,"column":9}],"path":["fail"]}],"data":{"count":42,"fail":null}}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_Query_Executes()
    {
        var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString("query($n: String) { hello(name: $n) }") + "&variables=" + Uri.EscapeDataString("""{"n":"Bo"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, Bo"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_Mutation_Is405AllowingPost()
    {
        var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { addPet(input: {name: \"x\"}) { name } }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Post_Mutation_Executes()
    {
        var response = await PostAsync("""{"query":"mutation { addPet(input: {name: \"Fido\"}) { name ... on Dog { barks } } }"}""", "application/json");

        Assert.Equal("""{"data":{"addPet":{"name":"Fido","barks":false}}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("not json", HttpStatusCode.BadRequest)]
    [InlineData("[1,2]", HttpStatusCode.BadRequest)]
    [InlineData("""{"query":5}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"query":"{ count }","variables":"x"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"query":"{ count }","extensions":[]}""", HttpStatusCode.BadRequest)]
    public async Task Post_MalformedParameters_AreRejected(string body, HttpStatusCode expected)
    {
        var response = await PostAsync(body, "application/json");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutJsonContentType_Is415()
    {
        var response = await _client.PostAsync("/graphql", new StringContent("{ count }", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Put_Is405()
    {
        var response = await _client.PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_AcceptingOnlyXml_Is406()
    {
        var response = await PostAsync("""{"query":"{ count }"}""", "application/xml");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(string body, string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (accept is not null)
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        return _client.SendAsync(request);
    }
}
