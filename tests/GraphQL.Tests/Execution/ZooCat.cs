namespace GraphQL.Tests.Execution;

internal sealed record ZooCat(string Name, bool Meows);
