namespace SmartMarket.Api.GraphQL;

/// <summary>A confirmation model as the API lists it.</summary>
/// <param name="Name">The model grain's key.</param>
/// <param name="Version">Name and version of the model it serves.</param>
public sealed record ModelView(string Name, string Version);
