namespace VirtualActors.Storage;

/// <summary>A state the activation must read before the grain's OnActivateAsync.</summary>
internal interface IStateLoader
{
    Task LoadAsync();
}
