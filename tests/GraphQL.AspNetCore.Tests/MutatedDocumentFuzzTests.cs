using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphQL.AspNetCore.Tests;

/// <summary>Ten thousand randomly mutated documents sent over HTTP: every one gets a well-formed GraphQL answer in bounded time.</summary>
[Collection(ServerCollection.Name)]
public sealed class MutatedDocumentFuzzTests(ServerFixture server)
{
    private const int Documents = 10_000;
    private const int Concurrency = 8;

    private static readonly string[] Seeds =
    [
        "query Q($n: String = \"x\") { hello(name: $n) count price }",
        "{ pets { name ... on Dog { barks } ... on Cat { lives } __typename } }",
        "{ animals { ...A } } fragment A on Animal { ... on Dog { name barks } ... on Cat { name } }",
        "mutation M($i: PetInput!) { addPet(input: $i) { name } }",
        "query { pet(name: \"Rex\") @include(if: true) { name } a: count @skip(if: false) }",
        "subscription { ticks(count: 2) }",
        "{ __schema { types { name fields(includeDeprecated: true) { name args { name type { name } } } } } }",
        "query ($l: [String!] = [\"a\", \"b\"]) { hello(name: \"\"\"block\n string\"\"\") }",
    ];

    private static readonly string Alphabet = "{}()[]:$@!=.,\"\\ \n#abcxyz0123456789_-+...on fragment query mutation subscription true null";

    [Fact]
    public async Task TenThousandMutatedDocuments_NeverCrashOrHangTheServer()
    {
        var random = new Random(20_261_121);
        var documents = new string[Documents];
        for (var i = 0; i < Documents; i++)
            documents[i] = Mutate(Seeds[random.Next(Seeds.Length)], random);

        using var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var failures = new List<string>();
        var next = -1;
        var workers = Enumerable.Range(0, Concurrency).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < Documents)
            {
                var problem = await CheckAsync(client, documents[index], deadline.Token);
                if (problem is not null)
                {
                    lock (failures)
                        failures.Add($"#{index} {problem}: {documents[index]}");
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Assert.Null(await CheckAsync(client, "{ count }", deadline.Token));
    }

    private static async Task<string?> CheckAsync(HttpClient client, string document, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, object?> { ["query"] = document, ["variables"] = new Dictionary<string, object?> { ["i"] = new Dictionary<string, object?> { ["name"] = "z" } } });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await client.SendAsync(request, cancellationToken);
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.BadRequest))
            return "status " + (int)response.StatusCode;
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var root = json.RootElement;
        var ok = root.TryGetProperty("data", out _) || (root.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0);
        return ok ? null : "neither data nor errors";
    }

    private static string Mutate(string seed, Random random)
    {
        var text = new StringBuilder(seed);
        var edits = 1 + random.Next(4);
        for (var e = 0; e < edits && text.Length > 0; e++)
        {
            var at = random.Next(text.Length);
            switch (random.Next(4))
            {
                case 0:
                    text.Remove(at, Math.Min(1 + random.Next(6), text.Length - at));
                    break;
                case 1:
                    text.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 2:
                    var length = Math.Min(1 + random.Next(12), text.Length - at);
                    text.Insert(random.Next(text.Length), text.ToString(at, length));
                    break;
                default:
                    var other = random.Next(text.Length);
                    (text[at], text[other]) = (text[other], text[at]);
                    break;
            }
        }

        return text.ToString();
    }
}
