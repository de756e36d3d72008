namespace GraphQL.AspNetCore.Tests;

/// <summary>Tests sharing one server.</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
