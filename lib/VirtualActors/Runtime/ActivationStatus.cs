namespace VirtualActors.Runtime;

internal enum ActivationStatus
{
    Created,
    Activating,
    Active,
    Deactivating,
    Deactivated,
}
