namespace GraphQL.Tests.Execution;

internal sealed record ZooDog(string Name, bool Barks);
